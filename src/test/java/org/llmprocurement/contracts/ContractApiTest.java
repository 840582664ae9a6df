package org.llmprocurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.support.Api;

/** /api/contracts: filters, paging, the CSV export and amendments, with every refusal writing nothing. */
class ContractApiTest extends ContractTest {

  private String vendor;
  private long soon;
  private long later;

  @BeforeEach
  void twoContracts() {
    engine.getIdentityService().saveUser(with(engine.getIdentityService().newUser("outsider"), u -> u.setPassword("demo")));
    vendor = "Api Vendor " + System.nanoTime();
    LocalDate today = EngineClock.today();
    soon = registered(vendor, "", today.plusDays(100), 60);        // non-renewal deadline in 40 days
    later = registered(vendor, "", today.plusDays(400), 60);       // in 340 days
  }

  @AfterEach
  void removeOutsider() {
    engine.getIdentityService().deleteUser("outsider");
  }

  private JsonNode list(String query) {
    Api.Response response = api.get("/api/contracts?vendor=" + vendor.replace(" ", "%20") + query, "demo-manager");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
    return ids;
  }

  @Test
  void everyProductGroupListsTheRegisterFilteredByVendorTierStatusAndRenewalWindow() {
    JsonNode all = list("");
    assertThat(all.get("total").asLong()).isEqualTo(2);
    assertThat(ids(all)).containsExactly(later, soon);
    assertThat(all.get("items").get(0).get("vendor").asText()).isEqualTo(vendor);
    assertThat(ids(list("&renewalWithinDays=90"))).containsExactly(soon);
    assertThat(ids(list("&renewalWithinDays=400"))).containsExactly(later, soon);
    assertThat(ids(list("&tier=high&status=ACTIVE"))).containsExactly(later, soon);
    assertThat(ids(list("&tier=LOW"))).isEmpty();
    assertThat(ids(list("&status=TERMINATED"))).isEmpty();
    JsonNode paged = list("&size=1&page=1");
    assertThat(ids(paged)).containsExactly(soon);
    assertThat(paged.get("total").asLong()).isEqualTo(2);

    EngineClock.set(EngineClock.now().plus(Duration.ofDays(50)));
    assertThat(ids(list("&renewalWithinDays=90"))).as("the deadline passed by the engine clock").isEmpty();
    assertThat(ids(list("&renewalWithinDays=300"))).containsExactly(later);
  }

  @Test
  void badQueriesNameEveryParameter() {
    Api.Response response = api.get("/api/contracts?tier=HUGE&status=OPEN&renewalWithinDays=-1&page=x&size=1000", "demo-it");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("problems").toString()).contains("tier: 'HUGE'", "status: 'OPEN'", "renewalWithinDays:",
        "page:", "size:");
    assertThat(api.get("/api/contracts/register.csv?status=OPEN", "demo-it").status()).isEqualTo(400);
  }

  @Test
  void outsidersAreRefusedAndUnknownEntriesAre404() {
    assertThat(api.get("/api/contracts", "outsider").status()).isEqualTo(403);
    assertThat(api.get("/api/contracts/" + soon, "outsider").status()).isEqualTo(403);
    assertThat(api.download("/api/contracts/register.csv", "outsider").status()).isEqualTo(403);
    assertThat(api.get("/api/contracts/" + soon, null).status()).isEqualTo(401);
    assertThat(api.get("/api/contracts/999999999", "demo-manager").status()).isEqualTo(404);
    assertThat(api.request("PATCH", "/api/contracts/999999999", "demo-procurement", Map.of("reason", "a long enough reason",
        "product", "x")).status()).isEqualTo(404);
  }

  @Test
  void theDetailShowsVendorParticularsAndObligations() {
    JsonNode detail = api.get("/api/contracts/" + soon, "demo-manager").json();

    assertThat(detail.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(detail.get("version").asInt()).isOne();
    assertThat(detail.get("vendor").get("legalName").asText()).isEqualTo(vendor);
    assertThat(detail.get("vendor").get("contacts").get(0).get("email").asText()).isEqualTo("ann@vendor.example");
    assertThat(detail.get("models").get(0).get("baseModelFamily").asText()).isEqualTo("Assist");
    assertThat(detail.get("dataLocations")).hasSize(6);
    assertThat(detail.get("subprocessors").get(0).get("location").asText()).isEqualTo("DE");
    assertThat(detail.get("relianceLevel").asText()).isEqualTo("MATERIAL");
    assertThat(detail.get("nonRenewalDeadline").asText()).isEqualTo(EngineClock.today().plusDays(40).toString());
    assertThat(detail.has("obligations")).isTrue();
    assertThat(detail.get("signOff").isNull()).isTrue();
    assertThat(detail.get("amendments")).isEmpty();
  }

  @Test
  void theCsvExportHasDoraColumnNames() {
    Api.Download csv = api.download("/api/contracts/register.csv?vendor=" + vendor.replace(" ", "%20"), "demo-manager");

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    String[] lines = csv.text().split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("B_02.02.0010 Contractual arrangement reference number,B_02.02.0070 Start date of the contractual arrangement,")
        .contains("B_02.02.0100 Notice period for the financial entity making use of the ICT service(s)",
            "B_02.02.0110 Notice period for the ICT third-party service provider",
            "B_02.02.0120 Country of the governing law of the contractual arrangement", "B_02.02.0150 Location of the data at rest (storage)",
            "B_02.02.0170 Sensitiveness of the data stored by the ICT third-party service provider",
            "B_07.01.0050 Substitutability of the ICT third-party service provider", "B_07.01.0080 Existence of an exit plan",
            "Vendor legal name", "Pinned models");
    assertThat(lines[0].split(",")).hasSize(RegisterCsv.COLUMNS.size());
    Contract contract = register.find(soon).orElseThrow();
    assertThat(lines[1]).startsWith(contract.getContractReference() + "," + contract.getEffectiveDate() + "," + contract.getTermEnd()
        + ",60,180,IE,Yes,EU,EU,High,Material reliance,Medium complexity in terms of substitutability,Yes,Yes,")
        .contains(vendor, "assist-large 2026-09-01", "Cloud Host Ltd (DE)", "API;CHAT_UI");
  }

  @Test
  void procurementAmendsWithAReasonAndEveryVersionIsListed() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reason", "Renewal negotiated: one more year, shorter notice");
    body.put("termEnd", EngineClock.today().plusDays(465).toString());
    body.put("nonRenewalNoticeDays", 30);
    Api.Response amended = api.request("PATCH", "/api/contracts/" + soon, "demo-procurement", body);

    assertThat(amended.status()).as(amended.body()).isEqualTo(200);
    JsonNode detail = api.get("/api/contracts/" + soon, "demo-manager").json();
    assertThat(detail.get("version").asInt()).isEqualTo(2);
    assertThat(detail.get("nonRenewalNoticeDays").asInt()).isEqualTo(30);
    assertThat(detail.get("nonRenewalDeadline").asText()).isEqualTo(EngineClock.today().plusDays(435).toString());
    JsonNode amendment = detail.get("amendments").get(0);
    assertThat(amendment.get("version").asInt()).isEqualTo(2);
    assertThat(amendment.get("amendedBy").asText()).isEqualTo("demo-procurement");
    assertThat(amendment.get("reason").asText()).isEqualTo("Renewal negotiated: one more year, shorter notice");
    assertThat(amendment.get("amendedAt").isNull()).isFalse();
    assertThat(amendment.get("changes").toString()).contains("{\"field\":\"termEnd\",\"before\":\"" + EngineClock.today().plusDays(100)
        + "\",\"after\":\"" + EngineClock.today().plusDays(465) + "\"}", "{\"field\":\"nonRenewalNoticeDays\",\"before\":60,\"after\":30}");
    assertThat(ids(list("&renewalWithinDays=90"))).as("the filter follows the amended deadline").isEmpty();
  }

  @Test
  void refusedAmendmentsWriteNothing() {
    Map<String, Object> change = Map.of("reason", "Vendor moved its headquarters", "product", "Acme Assist Pro");
    assertThat(api.request("PATCH", "/api/contracts/" + soon, "demo-it", change).status()).isEqualTo(403);
    assertThat(api.request("PATCH", "/api/contracts/" + soon, "demo-manager", change).status()).isEqualTo(403);

    Map<String, Object> bad = new LinkedHashMap<>();
    bad.put("product", "");
    bad.put("termEnd", "next year");
    bad.put("vendorLegalName", "Someone Else");
    bad.put("colour", "blue");
    Api.Response malformed = api.request("PATCH", "/api/contracts/" + soon, "demo-procurement", bad);
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("problems").toString()).contains("reason: say why", "product: required",
        "termEnd: 'next year' is not a date", "vendorLegalName: the vendor record is shared", "colour: is not an amendable field");
    assertThat(api.request("PATCH", "/api/contracts/" + soon, "demo-procurement", Map.of("reason", "No change at all really",
        "nonRenewalNoticeDays", 60)).json().get("problems").toString()).contains("nothing differs");
    assertThat(api.request("PATCH", "/api/contracts/" + soon, "demo-procurement", "{not json").status()).isEqualTo(400);

    Api.Response statusChange = api.request("PATCH", "/api/contracts/" + soon, "demo-procurement",
        Map.of("reason", "Vendor gave notice yesterday", "status", "NOTICE_GIVEN"));
    assertThat(statusChange.status()).isEqualTo(409);

    register.changeStatus(later, ContractStatus.TERMINATED);
    Api.Response ended = api.request("PATCH", "/api/contracts/" + later, "demo-procurement", change);
    assertThat(ended.status()).isEqualTo(409);
    assertThat(ended.json().get("message").asText()).contains("TERMINATED");

    for (long id : List.of(soon, later)) {
      Contract contract = register.find(id).orElseThrow();
      assertThat(contract.getVersion()).isOne();
      assertThat(contract.getProduct()).isEqualTo("Acme Assist Enterprise");
      assertThat(register.amendments(id)).isEmpty();
    }
    assertThat(ids(list("&status=TERMINATED"))).containsExactly(later);
  }
}
