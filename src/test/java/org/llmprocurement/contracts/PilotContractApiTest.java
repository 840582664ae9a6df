package org.llmprocurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.Intakes;

/** A pilot's end date in the register: recorded, shown, exported and amended; refusals write nothing. */
class PilotContractApiTest extends ContractTest {

  String vendor;
  long pilot;
  long production;
  LocalDate pilotEnd;

  long pilotProcurement(String vendorName) {
    Map<String, Object> intake = Intakes.customerSupportBot();
    intake.put("vendor", vendorName);
    intake.put("deploymentStage", "PILOT");
    var created = api.post("/api/procurements", "demo-procurement", intake);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  @BeforeEach
  void registerAPilotAndAProductionContract() {
    vendor = "Pilot Register " + System.nanoTime() + " Ltd";
    pilotEnd = EngineClock.today().plusMonths(6);
    long procurementId = pilotProcurement(vendor);
    Map<String, Object> particulars = particulars(vendor, null, procurementId);
    ProcessInstance registration = startRegistration(procurementId);

    assertThatThrownBy(() -> submit("demo-procurement", particularsTask(registration), particulars))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("pilotEndDate: required for a pilot");
    assertThat(register.recorded(procurementId)).as("nothing recorded on refusal").isEmpty();

    particulars.put("pilotEndDate", pilotEnd.toString());
    submit("demo-procurement", particularsTask(registration), particulars);
    executeJobs(registration.getId());
    pilot = register.ofProcurement(procurementId).orElseThrow().getId();
    production = registered(vendor + " Prod", null, EngineClock.today().plusYears(2), 60);
  }

  @Test
  void thePilotEndIsShownListedAndExported() {
    JsonNode detail = api.get("/api/contracts/" + pilot, "demo-manager").json();
    assertThat(detail.get("pilotEndDate").asText()).isEqualTo(pilotEnd.toString());
    assertThat(detail.get("usedAfterPilotEnd").asBoolean()).isFalse();
    assertThat(detail.get("usedAfterPilotEndSince").isNull()).isTrue();
    assertThat(detail.get("ourObligations")).anySatisfy(o -> {
      assertThat(o.get("kind").asText()).isEqualTo("RENEGOTIATE_BEFORE_PRODUCTION");
      assertThat(o.get("description").asText()).contains("pilot ending " + pilotEnd);
    });
    assertThat(api.get("/api/contracts/" + production, "demo-manager").json().get("pilotEndDate").isNull()).isTrue();

    JsonNode list = api.get("/api/contracts?vendor=" + vendor.replace(" ", "%20"), "demo-manager").json().get("items");
    assertThat(list).anySatisfy(s -> {
      assertThat(s.get("id").asLong()).isEqualTo(pilot);
      assertThat(s.get("pilotEndDate").asText()).isEqualTo(pilotEnd.toString());
      assertThat(s.get("usedAfterPilotEnd").asBoolean()).isFalse();
    });

    Api.Download csv = api.download("/api/contracts/register.csv?vendor=" + vendor.replace(" ", "%20"), "demo-manager");
    String[] lines = csv.text().split("\r\n");
    List<String> headers = List.of(lines[0].split(","));
    int column = headers.indexOf("Pilot end date");
    assertThat(column).isPositive();
    assertThat(headers).contains("Used after pilot end since");
    Contract contract = register.find(pilot).orElseThrow();
    assertThat(lines).anySatisfy(line -> {
      assertThat(line).startsWith(contract.getContractReference() + ",");
      assertThat(line.split(",", -1)[column]).isEqualTo(pilotEnd.toString());
    });
  }

  @Test
  void procurementMovesThePilotEndWithinTheTerm() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("reason", "Pilot extended by the steering group");
    body.put("pilotEndDate", pilotEnd.plusMonths(2).toString());
    Api.Response amended = api.request("PATCH", "/api/contracts/" + pilot, "demo-procurement", body);

    assertThat(amended.status()).as(amended.body()).isEqualTo(200);
    JsonNode detail = api.get("/api/contracts/" + pilot, "demo-manager").json();
    assertThat(detail.get("version").asInt()).isEqualTo(2);
    assertThat(detail.get("pilotEndDate").asText()).isEqualTo(pilotEnd.plusMonths(2).toString());
    assertThat(detail.get("amendments").get(0).get("changes").toString())
        .contains("{\"field\":\"pilotEndDate\",\"before\":\"" + pilotEnd + "\",\"after\":\"" + pilotEnd.plusMonths(2) + "\"}");
  }

  @Test
  void refusedPilotAmendmentsWriteNothing() {
    Map<String, Object> change = Map.of("reason", "Pilot extended by the steering group",
        "pilotEndDate", pilotEnd.plusMonths(1).toString());
    assertThat(api.request("PATCH", "/api/contracts/" + pilot, null, change).status()).isEqualTo(401);
    assertThat(api.request("PATCH", "/api/contracts/" + pilot, "demo-it", change).status()).isEqualTo(403);
    assertThat(api.request("PATCH", "/api/contracts/999999999", "demo-procurement", change).status()).isEqualTo(404);

    Api.Response afterTerm = api.request("PATCH", "/api/contracts/" + pilot, "demo-procurement",
        Map.of("reason", "Pilot runs to the very end", "pilotEndDate", EngineClock.today().plusYears(3).toString()));
    assertThat(afterTerm.status()).isEqualTo(400);
    assertThat(afterTerm.json().get("problems").toString()).contains("pilotEndDate: " + EngineClock.today().plusYears(3)
        + " is after the term end");
    Map<String, Object> cleared = new LinkedHashMap<>();
    cleared.put("reason", "Pilot end no longer known");
    cleared.put("pilotEndDate", null);
    assertThat(api.request("PATCH", "/api/contracts/" + pilot, "demo-procurement", cleared).json().get("problems").toString())
        .contains("pilotEndDate: required for a pilot");
    Api.Response onProduction = api.request("PATCH", "/api/contracts/" + production, "demo-procurement", change);
    assertThat(onProduction.status()).isEqualTo(400);
    assertThat(onProduction.json().get("problems").toString())
        .contains("pilotEndDate: only a contract for a pilot has a pilot end date");

    register.changeStatus(pilot, ContractStatus.TERMINATED);
    assertThat(api.request("PATCH", "/api/contracts/" + pilot, "demo-procurement", change).status()).isEqualTo(409);

    for (long id : List.of(pilot, production)) {
      Contract contract = register.find(id).orElseThrow();
      assertThat(contract.getVersion()).isOne();
      assertThat(register.amendments(id)).isEmpty();
    }
    assertThat(register.find(pilot).orElseThrow().getPilotEndDate()).isEqualTo(pilotEnd);
    assertThat(register.find(production).orElseThrow().getPilotEndDate()).isNull();
  }
}
