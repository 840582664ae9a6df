package org.llmprocurement.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.Intakes;
import org.springframework.beans.factory.annotation.Autowired;

/** /actuator/prometheus: managers and administrators only, with engine and business metrics that move. */
class PrometheusMetricsTest extends org.llmprocurement.contracts.ContractTest {

  @Autowired
  BusinessMetrics business;

  private static double value(String scrape, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.Ee+-]+)$").matcher(scrape);
    assertThat(m.find()).as(series + " in the scrape").isTrue();
    return Double.parseDouble(m.group(1));
  }

  /** The sum over every series starting with {@code prefix} (all tiers of a stage). */
  private static double total(String scrape, String prefix) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(prefix) + "[^}]*} ([0-9.Ee+-]+)$").matcher(scrape);
    double sum = 0;
    int series = 0;
    while (m.find()) {
      sum += Double.parseDouble(m.group(1));
      series++;
    }
    assertThat(series).as(prefix + " series in the scrape").isGreaterThan(0);
    return sum;
  }

  @Test
  void onlyManagersAndAdministratorsMayScrape() {
    assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
    assertThat(api.get("/actuator/prometheus", "demo-it").status()).isEqualTo(403);
    assertThat(api.get("/actuator/prometheus", "demo-manager", "text/plain").status()).isEqualTo(200);
  }

  @Test
  void aNewProcurementShowsInTheStageAndTaskGauges() {
    String before = api.get("/actuator/prometheus", "demo-manager", "text/plain").body();
    assertThat(before).contains("camunda_engine_metric_total{name=\"job-successful\"}", "camunda_jobs_due ",
        "jvm_memory_used_bytes", "llmp_contracts{status=\"ACTIVE\"}");
    String confirming = "llmp_procurements{stage=\"TIER_CONFIRMATION\",";
    String procurementTasks = "llmp_tasks_open{group=\"procurement\"}";
    double confirmingBefore = total(before, confirming);
    double openBefore = value(before, procurementTasks);

    Api.Response created = api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot());
    assertThat(created.status()).isEqualTo(201);
    executeJobs();
    business.forget();

    String after = api.get("/actuator/prometheus", "demo-manager", "text/plain").body();
    assertThat(total(after, confirming)).as("one more procurement waiting for its tier confirmation").isEqualTo(confirmingBefore + 1);
    assertThat(value(after, procurementTasks)).isEqualTo(openBefore + 1);
  }

  @Autowired
  org.llmprocurement.notices.VendorBreaches breaches;

  @Test
  void aVendorBreachOfAContractInForceShowsByKindAndLeavesWithTheContract() {
    String missed = "llmp_vendor_breaches{kind=\"MISSED_DEADLINE\"}";
    business.forget();
    double before = value(api.get("/actuator/prometheus", "demo-manager", "text/plain").body(), missed);
    long contractId = registered("Breach Vendor " + System.nanoTime(), "", org.llmprocurement.engine.EngineClock.today().plusDays(400), 60);
    breaches.record(contractId, org.llmprocurement.notices.BreachKind.MISSED_DEADLINE, null,
        "Root cause analysis due in 10 business days did not come", java.time.Instant.now());
    business.forget();
    assertThat(value(api.get("/actuator/prometheus", "demo-manager", "text/plain").body(), missed)).isEqualTo(before + 1);

    register.changeStatus(contractId, org.llmprocurement.contracts.ContractStatus.TERMINATED);
    business.forget();
    assertThat(value(api.get("/actuator/prometheus", "demo-manager", "text/plain").body(), missed))
        .as("counted while the contract is in force").isEqualTo(before);
  }
}
