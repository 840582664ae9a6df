package org.llmprocurement.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.llmprocurement.lifecycle.LifecycleRegistry;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.IntegrationTest;
import org.llmprocurement.support.Intakes;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * {@code llmp_procurements{stage}} while procurements start (issues 14 and 15, "reads during state
 * changes"): the snapshot reads the open activities in one query and the instances in another; a
 * procurement started in between has no activities in the first read and must be counted in the
 * stage it is in, not as {@code IN_PROGRESS}, and with its tier (read after the instances), not as
 * {@code NONE}.
 */
class BusinessMetricsRaceTest extends IntegrationTest {

  @Autowired
  BusinessMetrics business;

  private static double total(String scrape, String prefix) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(prefix) + "[^}]*} ([0-9.Ee+-]+)$").matcher(scrape);
    double sum = 0;
    while (m.find()) {
      sum += Double.parseDouble(m.group(1));
    }
    return sum;
  }

  private String scrape() {
    business.forget();
    Api.Response response = api.get("/actuator/prometheus", "demo-manager", "text/plain");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  @Test
  void aProcurementStartedBetweenTheActivityAndTheInstanceReadsIsCountedInItsStage() {
    String confirming = "llmp_procurements{stage=\"TIER_CONFIRMATION\",";
    String confirmingHigh = "llmp_procurements{stage=\"TIER_CONFIRMATION\",tier=\"HIGH\"";
    String inProgress = "llmp_procurements{stage=\"" + LifecycleRegistry.IN_PROGRESS + "\",";
    String before = scrape();

    BusinessMetrics target = AopTestUtils.getUltimateTargetObject(business);
    HistoryService real = engine.getHistoryService();
    HistoryService racing = Mockito.spy(real);
    AtomicBoolean raced = new AtomicBoolean();
    Mockito.doAnswer(call -> {
      if (raced.compareAndSet(false, true)) {
        // a procurement starts after the open activities were read, before the instances are
        assertThat(api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot()).status()).isEqualTo(201);
      }
      return call.callRealMethod();
    }).when(racing).createHistoricProcessInstanceQuery();
    ReflectionTestUtils.setField(target, "history", racing);
    String after;
    try {
      after = scrape();
    } finally {
      ReflectionTestUtils.setField(target, "history", real);
    }

    assertThat(raced).as("a procurement started between the two reads").isTrue();
    assertThat(total(after, confirming)).as("counted where it stands").isEqualTo(total(before, confirming) + 1);
    assertThat(total(after, confirmingHigh)).as("with the tier it started with").isEqualTo(total(before, confirmingHigh) + 1);
    assertThat(total(after, inProgress)).as("not as in progress").isEqualTo(total(before, inProgress));
  }
}
