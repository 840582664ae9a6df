package org.llmprocurement.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.llmprocurement.web.ApiException;
import org.springframework.core.env.StandardEnvironment;

/** Where the key that encrypts notice secrets comes from, per profile, and what happens without one. */
class NoticeKeyTest {

  private static StandardEnvironment profiles(String... active) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.setDefaultProfiles("demo");
    environment.setActiveProfiles(active);
    return environment;
  }

  @Test
  void aConfiguredKeyIsUsedInEveryProfile() {
    String key = Base64.getEncoder().encodeToString(new byte[32]);
    assertThat(new NoticeKey(key, profiles("postgres", "prod")).cipher()).get()
        .extracting(SecretCipher::keyId).isEqualTo(new SecretCipher(new byte[32]).keyId());
  }

  @Test
  void theDemoProfileFallsBackToItsBuiltInKey() {
    assertThat(new NoticeKey("", profiles()).cipher()).get()
        .extracting(SecretCipher::keyId).isEqualTo(new SecretCipher(NoticeKey.DEMO_KEY).keyId());
    assertThat(new NoticeKey(" ", profiles("demo", "test")).cipher()).isPresent();
  }

  @Test
  void withoutAKeyOutsideDemoNoSecretCanBeAddedAndNoneVerifies() {
    NoticeKey none = new NoticeKey("", profiles("postgres", "prod"));
    assertThat(none.cipher()).isEmpty();
    VendorSecrets secrets = new VendorSecrets(mock(VendorSecretRepository.class), mock(VendorLookup.class), none);
    assertThatThrownBy(() -> secrets.add(7, NoticeSignatureTest.SECRET, "demo-procurement"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(503))
        .hasMessageContaining("NOTICE_SECRET_KEY");
    assertThat(secrets.active(7)).isEmpty();
  }

  @Test
  void aMalformedKeyStopsStartUpWithoutQuotingIt() {
    assertThatThrownBy(() -> new NoticeKey("c2hvcnQ=", profiles("prod"))).hasMessageContaining("must decode to 32 bytes")
        .hasMessageNotContaining("c2hvcnQ=");
  }
}
