package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.IntegrationTest;

/**
 * The audit evidence processes are started only by contract life and the cadence: nobody who
 * works with them (security answers the requests, managers are escalated to) starts one over the
 * engine REST API, a fake request or a cadence would skip the register. Each attempt is a 403 and
 * starts nothing.
 */
class AuditEvidenceStartTest extends IntegrationTest {

  static Stream<Arguments> attempts() {
    Stream.Builder<Arguments> attempts = Stream.builder();
    for (String key : new String[] {AuditEvidenceProcess.KEY, EvidenceRequestProcess.KEY}) {
      for (String user : new String[] {"demo-security", "demo-manager", "demo-procurement"}) {
        attempts.add(Arguments.of(key, user, "/engine-rest/process-definition/key/" + key + "/start"));
        attempts.add(Arguments.of(key, user, "/engine-rest/process-definition/key/" + key + "/submit-form"));
      }
    }
    return attempts.build();
  }

  @ParameterizedTest(name = "{1} {2}")
  @MethodSource("attempts")
  void anEvidenceProcessCannotBeStartedDirectly(String key, String user, String path) {
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count();

    Api.Response response = api.post(path, user, Map.of("businessKey", "LLMP-FAKE-1",
        "variables", Map.of("contractId", Map.of("value", 1, "type", "Long"),
            "evidenceRequestId", Map.of("value", 1, "type", "Long"))));

    assertThat(response.status()).as(response.body()).isEqualTo(403);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count())
        .as("nothing started").isEqualTo(before);
  }
}
