package org.llmprocurement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.IntegrationTest;

/**
 * The stages the lifecycle calls (review, negotiation, sign-off, registration) cannot be started on
 * their own by anyone who works in them, on either way into the engine: a negotiation that agrees,
 * a sign-off that signs or a contract that registers without the procurement behind it would skip
 * every earlier stage. Each attempt is a 403 and starts nothing.
 */
class CalledProcessStartTest extends IntegrationTest {

  static Stream<Arguments> attempts() {
    Stream.Builder<Arguments> attempts = Stream.builder();
    for (String key : new String[] {"clause-review", "negotiation", "sign-off", "contract-registration"}) {
      for (String user : new String[] {"demo-procurement", "demo-legal", "demo-manager"}) {
        attempts.add(Arguments.of(key, user, "/engine-rest/process-definition/key/" + key + "/start"));
        attempts.add(Arguments.of(key, user, "/engine-rest/process-definition/key/" + key + "/submit-form"));
      }
    }
    return attempts.build();
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("attempts")
  void aCalledStageCannotBeStartedDirectly(String key, String user, String path) {
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count();

    Api.Response response = api.post(path, user, Map.of("businessKey", "P-FAKE-1",
        "variables", Map.of("procurementId", Map.of("value", 1, "type", "Long"),
            "riskTier", Map.of("value", "LOW", "type", "String"))));

    assertThat(response.status()).as(response.body()).isEqualTo(403);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count())
        .as("nothing started").isEqualTo(before);
  }
}
