package org.llmprocurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.guard.Values;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.llmprocurement.negotiation.NegotiationProcess;
import org.llmprocurement.negotiation.VendorAnswer;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.signoff.SignOffProcess;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole lifecycle of one procurement through every stage, as the people in Tasklist drive it:
 * review finds a gap, one negotiation round closes it, every function signs off, procurement records
 * the particulars, and the contract is active in the register with its obligations.
 */
class LifecycleEndToEndTest extends ContractTest {

  private static final String GAP = "SLA-AVAIL-01";
  private static final Map<String, String> SIGNERS = Map.of("it", "demo-it", "security", "demo-security",
      "legal", "demo-legal", "data-governance", "demo-data-governance", "procurement", "demo-buyer");

  @Autowired
  CatalogueService catalogue;

  @Test
  void aProcurementWithAGapIsNegotiatedSignedOffAndRegistered() {
    ReviewFixture fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    fixture.reviewAll((role, row) -> {
      Map<String, Object> met = fixture.met(row);
      if (GAP.equals(row.get("requirementId"))) {
        met.put("decision", "GAP");
        met.put("clauseText", "The Provider will use reasonable efforts to keep the Services available.");
        met.put("justification", "No availability figure per service and region.");
      }
      return met;
    });
    executeJobs();
    assertThat(stage(fixture)).isEqualTo("NEGOTIATION");

    // round 1: procurement sends the preferred position, the vendor accepts the binding clause
    Task prepare = task(fixture, NegotiationProcess.PREPARE_PACKAGE);
    List<Map<String, Object>> items = rows(prepare, "items");
    assertThat(items).extracting(r -> r.get("requirementId")).containsExactly(GAP);
    submit("demo-procurement", prepare, Map.of("items", List.of(Map.of("requirementId", GAP,
        "requestedWording", items.get(0).get("requestedWording")))));
    executeJobs();
    Task answers = task(fixture, NegotiationProcess.RECORD_ANSWERS);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("requirementId", GAP);
    VendorAnswer.FIELDS.forEach(f -> answer.put(f, null));
    answer.put("kind", "ACCEPTED");
    answer.put("section", "MSA amendment 1, §4.2");
    answer.put("clauseText", catalogue.requirement(GAP).orElseThrow().bindingExample());
    submit("demo-it", answers, Map.of("answers", List.of(answer)));
    executeJobs();
    // IT re-decides the changed clause only
    fixture.reviewAll((role, row) -> fixture.met(row));
    executeJobs();
    assertThat(stage(fixture)).isEqualTo("SIGN_OFF");

    // every function signs off; the five answers were prefilled from the checklist
    SignOffProcess.TASKS.forEach((function, taskKey) -> submit(SIGNERS.get(function), task(fixture, taskKey),
        Map.of("decision", "APPROVE")));
    executeJobs();
    assertThat(stage(fixture)).isEqualTo("REGISTERING_CONTRACT");

    Task particulars = task(fixture, ContractRegistrationProcess.RECORD_PARTICULARS);
    submit("demo-procurement", particulars, particulars("Acme AI Ltd", "", fixture.procurementId));
    executeJobs();

    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(fixture.processInstanceId)
        .activityId(ProcurementLifecycle.END_CONTRACT_ACTIVE).finished().count()).isOne();
    assertThat(stage(fixture)).isEqualTo("CONTRACT_ACTIVE");
    JsonNode list = api.get("/api/contracts?vendor=Acme", "demo-manager").json();
    JsonNode line = null;
    for (JsonNode item : list.get("items")) {
      if (item.toString().contains(fixture.businessKey())) {
        line = item;
      }
    }
    assertThat(line).as("the register lists the contract").isNotNull();
    JsonNode contract = api.get("/api/contracts/" + line.get("id").asText(), "demo-manager").json();
    assertThat(contract.toString()).contains(GAP).contains("availabilityPercent");
    assertThat(contract.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(contract.at("/signOff/signers/legal/userId").asText()).as("the register shows who signed for legal")
        .isEqualTo("demo-legal");
    assertThat(contract.at("/signOff/signers/procurement/userId").asText()).isEqualTo("demo-buyer");
    assertThat(contract.at("/signOff/answers/incident/confirmedHours").isInt()).as("the confirmed incident notice").isTrue();
    assertThat(contract.get("ourObligations").isArray()).as("no pilot narrowing, so nothing for us to renegotiate").isTrue();
    assertThat(contract.get("ourObligations")).isEmpty();
    var life = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("contract-life")
        .processInstanceBusinessKey(fixture.businessKey()).singleResult();
    assertThat(life).as("the registered contract starts its life").isNotNull();
    assertThat(engine.getRuntimeService().getActiveActivityIds(life.getId())).as("waiting for its renewal review")
        .contains("Gateway_WaitForRenewalReview");
  }

  private String stage(ReviewFixture fixture) {
    return api.get("/api/procurements/" + fixture.procurementId, "demo-manager").json().get("stage").asText();
  }

  private Task task(ReviewFixture fixture, String taskDefinitionKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(fixture.businessKey())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    assertThat(task).as(taskDefinitionKey).isNotNull();
    return task;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rows(Task task, String field) {
    return new ArrayList<>((List<Map<String, Object>>) Values.plainValue(engine.getFormService().getTaskFormVariables(task.getId(), List.of(field), false).getValueTyped(field)));
  }
}
