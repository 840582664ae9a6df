package org.llmprocurement.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

@Tag("unit")
class AdminPasswordPolicyTest {

  private static MockEnvironment prod(String password) {
    MockEnvironment environment = new MockEnvironment();
    environment.setActiveProfiles("postgres", "prod");
    if (password != null) {
      environment.setProperty("ADMIN_PASSWORD", password);
    }
    return environment;
  }

  @Test
  void prodWithoutAPasswordStopsStartUp() {
    assertThatThrownBy(() -> AdminPasswordPolicy.check(prod(null)))
        .hasMessageContaining("ADMIN_PASSWORD is not set");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "demo", "admin", "ADMIN", " Demo "})
  void prodRefusesBlankOrDefaultPasswords(String password) {
    assertThatThrownBy(() -> AdminPasswordPolicy.check(prod(password))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ADMIN_PASSWORD");
  }

  @Test
  void prodAcceptsARealSecret() {
    assertThatCode(() -> AdminPasswordPolicy.check(prod("c0rrect-h0rse-battery"))).doesNotThrowAnyException();
  }

  @Test
  void demoNeedsNoPasswordButCannotBeCombinedWithProd() {
    MockEnvironment demo = new MockEnvironment();
    demo.setDefaultProfiles("demo");
    assertThatCode(() -> AdminPasswordPolicy.check(demo)).doesNotThrowAnyException();

    MockEnvironment both = new MockEnvironment();
    both.setActiveProfiles("demo", "prod");
    assertThatThrownBy(() -> AdminPasswordPolicy.check(both)).hasMessageContaining("cannot be combined");
  }

  @Test
  void anyProfileOtherThanDemoNeedsThePassword() {
    MockEnvironment postgresOnly = new MockEnvironment();
    postgresOnly.setActiveProfiles("postgres");
    assertThatThrownBy(() -> AdminPasswordPolicy.check(postgresOnly)).hasMessageContaining("ADMIN_PASSWORD");
  }
}
