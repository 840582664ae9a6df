package org.llmprocurement.notices.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.IntegrationTest;

/**
 * The change notices' handling processes start only from the contract life, for a stored notice:
 * the people who work in them cannot start one through {@code /engine-rest} (a decision on a
 * notice nobody received). Each attempt is a 403 and starts nothing.
 */
class ChangeProcessStartTest extends IntegrationTest {

  static Stream<Arguments> attempts() {
    return Stream.of(
        Arguments.of(ChangeProcesses.MODEL_KEY, "demo-it"),
        Arguments.of(ChangeProcesses.MODEL_KEY, "demo-data-governance"),
        Arguments.of(ChangeProcesses.SUBPROCESSOR_KEY, "demo-security"),
        Arguments.of(ChangeProcesses.SUBPROCESSOR_KEY, "demo-legal"),
        Arguments.of(ChangeProcesses.REGION_KEY, "demo-data-governance"),
        Arguments.of(ChangeProcesses.REGION_KEY, "demo-procurement"));
  }

  @ParameterizedTest(name = "{1} starts {0}")
  @MethodSource("attempts")
  void aHandlingProcessCannotBeStartedDirectly(String key, String user) {
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count();

    Api.Response response = api.post("/engine-rest/process-definition/key/" + key + "/start", user,
        Map.of("businessKey", "P-FAKE-1", "variables", Map.of("noticeId", Map.of("value", 1, "type", "Long"),
            "contractId", Map.of("value", 1, "type", "Long"))));

    assertThat(response.status()).as(response.body()).isEqualTo(403);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count())
        .as("nothing started").isEqualTo(before);
  }
}
