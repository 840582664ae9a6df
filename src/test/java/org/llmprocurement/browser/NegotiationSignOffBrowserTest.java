package org.llmprocurement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.OwnerRole;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.Values;
import org.llmprocurement.negotiation.NegotiationProcess;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.signoff.SignOffProcess;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.IntegrationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Negotiation and sign-off as legal does them in Tasklist, in headless Chromium: review leaves a gap
 * on a legal-owned clause, procurement sends the redline package, and {@code demo-legal} records the
 * vendor's acceptance in "Record vendor answers" (the negotiation history shows it as legal recorded
 * it). Once the reopened item is decided MET, {@code demo-legal} opens "Sign off for legal", sees all
 * five answers prefilled from the checklist (its own Q2 as editable values, the others as a summary),
 * approves, and the sign-off stores legal's approval and confirmed Q2 answer.
 */
@Tag("browser")
class NegotiationSignOffBrowserTest extends IntegrationTest {

  private static final String LEGAL = "demo-legal";
  /** Legal-owned, required and not a no-go at HIGH: a gap here is negotiated, not fatal. */
  private static final String GAP = "LIA-CAP-01";
  private static final String ANSWERS_FORM = "forms/record-vendor-answers.form";
  private static final String SIGN_OFF_FORM = "forms/sign-off-legal.form";
  private static final String SECTION = "MSA amendment 1, §9.4";
  private static final Map<String, String> OTHER_SIGNERS = Map.of("it", "demo-it", "security", "demo-security",
      "data-governance", "demo-data-governance", "procurement", "demo-buyer");

  @RegisterExtension
  static final BrowserSupport browser = new BrowserSupport();

  @Autowired
  CatalogueService catalogue;

  @Test
  void legalRecordsTheVendorsAnswerThenSignsOffSeeingTheFiveAnswersPrefilled() {
    Requirement gap = catalogue.requirement(GAP).orElseThrow();
    assertThat(gap.ownerRole()).as(GAP + " owner").isEqualTo(OwnerRole.LEGAL);

    // review: everything MET except the legal liability-cap clause, a gap
    ReviewFixture fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    fixture.reviewAll((role, row) -> {
      Map<String, Object> met = fixture.met(row);
      if (GAP.equals(row.get("requirementId"))) {
        met.put("decision", "GAP");
        met.put("clauseText", gap.weakExample());
        met.put("justification", "The cap for data breaches is the ordinary twelve months' fees.");
      }
      return met;
    });
    executeJobs();
    assertThat(stage(fixture)).isEqualTo("NEGOTIATION");

    // procurement sends the redline package with the requested wording as prepared
    Task prepare = task(fixture, NegotiationProcess.PREPARE_PACKAGE);
    List<Map<String, Object>> items = rows(prepare, "items");
    assertThat(items).extracting(r -> r.get("requirementId")).containsExactly(GAP);
    String requested = (String) items.get(0).get("requestedWording");
    submit("demo-procurement", prepare, Map.of("items", List.of(Map.of("requirementId", GAP, "requestedWording", requested))));
    executeJobs();

    // legal records the vendor's acceptance in Tasklist
    Task answers = task(fixture, NegotiationProcess.RECORD_ANSWERS);
    Tasklist tasklist = new Tasklist(browser, port).login(LEGAL);
    tasklist.openFilter("My group's tasks");
    tasklist.openTask(answers.getId(), answers.getName());
    FormJs answerForm = tasklist.claim().taskForm().withKeysFrom(ANSWERS_FORM);
    assertThat(answerForm.text()).as("the item as legal sees it")
        .contains(GAP + ": " + gap.title() + " (legal)")
        .contains("We asked: " + requested.strip().split("\n")[0])
        .contains("Current clause: " + gap.weakExample())
        .contains("No answer recorded yet.");
    assertThat(answerForm.rowCount("requirementId")).as("one row: the legal item").isOne();
    FormJs row = answerForm.rowWhere("requirementId", GAP);
    assertThat(row.selected("kind")).as("no answer chosen yet").isEqualTo("Select");
    row.select("kind", "ACCEPTED: signs up to the clause")
        .fill("section", SECTION)
        .fill("clauseText", gap.bindingExample());
    tasklist.clickFormButtonAndWait("Complete answers", () -> gone(answers)).waitForTaskGone(answers.getId());

    JsonNode item = negotiationItem(fixture);
    assertThat(item.get("answer").asText()).isEqualTo("ACCEPTED");
    assertThat(item.get("answerSection").asText()).isEqualTo(SECTION);
    assertThat(item.get("answerClause").asText()).isEqualTo(gap.bindingExample());
    assertThat(item.get("answeredBy").asText()).isEqualTo(LEGAL);
    assertThat(item.get("answeredVia").asText()).isEqualTo("TASKLIST");

    // legal re-decides the reopened clause MET (over the engine), and the lifecycle reaches sign-off
    executeJobs();
    assertThat(fixture.tasks("legal")).as("legal's re-decision task").isNotEmpty();
    fixture.reviewAll((role, r) -> fixture.met(r));
    executeJobs();
    assertThat(stage(fixture)).isEqualTo("SIGN_OFF");

    // what the checklist prefilled, as the sign-off view reports it
    JsonNode prefilled = answersByQuestion(signOffRound(fixture));
    JsonNode audit = prefilled.get("Q2").get("answer");
    assertThat(audit.get("evidenceTypes")).extracting(JsonNode::asText)
        .containsExactly("SOC2_TYPE2", "ISO27001", "PEN_TEST_SUMMARY", "SUBPROCESSOR_LIST", "CONTROL_ATTESTATIONS");
    JsonNode incident = prefilled.get("Q4").get("answer");
    // the notice hours of the MET incident clauses (INC-NOTICE-02, INC-NOTICE-01, INC-UPDATE-01 at HIGH)
    assertThat(List.of(incident.get("suspectedHours").asInt(), incident.get("confirmedHours").asInt(),
        incident.get("updateHours").asInt())).as("Q4 prefilled").containsExactly(24, 48, 24);
    JsonNode sla = prefilled.get("Q1").get("answer").get("rows").get(0);
    assertThat(prefilled.get("Q2").get("confirmedBy").isNull()).as("Q2 not yet confirmed").isTrue();

    // legal signs off in Tasklist
    Task signOff = task(fixture, SignOffProcess.TASKS.get("legal"));
    tasklist.openFilter("My group's tasks");
    FormJs form = tasklist.openTask(signOff.getId(), signOff.getName()).withKeysFrom(SIGN_OFF_FORM);
    String shown = form.text();
    assertThat(shown).as("the form's summary of the five answers")
        .contains("Sign off for legal")
        .contains("Risk tier HIGH")
        .contains("Q1 What does the SLA cover? (IT confirms)")
        .contains(sla.get("surface").asText() + " in " + sla.get("region").asText() + ": availability "
            + number(sla.get("availabilityPercent")) + "%")
        .contains("Q2 What can we audit? (legal confirms)")
        .contains("Q3 Where does our data go? (data governance confirms)")
        .contains("Q4 How quickly will we know about an incident? (security confirms)")
        .contains("suspected: " + number(incident.get("suspectedHours")) + " h, confirmed: "
            + number(incident.get("confirmedHours")) + " h, updates every " + number(incident.get("updateHours")) + " h")
        .contains("Q5 What must the vendor do to fix it? (procurement confirms)")
        .doesNotContain("{{");
    assertThat(shown).as("the question legal owns, with where the prefill came from")
        .contains("Q2 What can we audit?\nYou own this question")
        .contains("AUD-EVID-01: evidence types named in the clause")
        .contains("AUD-RIGHT-01: audit right as worded in the clause");
    assertThat(form.checked("auditEvidence")).as("evidence types prefilled from the clause").containsExactly(
        "SOC 2 Type II report", "ISO/IEC 27001 certificate", "Penetration test summary", "Subprocessor list and changes",
        "Attestations for named controls");
    assertThat(form.value("auditCadenceMonths")).as("cadence prefilled").isEqualTo(number(audit.get("cadenceMonths")));
    assertThat(ticked(form, "auditOnSite")).as("on-site audit").isEqualTo(audit.get("onSite").asBoolean());
    assertThat(ticked(form, "auditThirdParty")).as("third-party audit").isEqualTo(audit.get("thirdParty").asBoolean()).isTrue();

    tasklist.claim();
    form = tasklist.taskForm().withKeysFrom(SIGN_OFF_FORM);
    form.radio("decision", "Approve: the contract answers the question I own as shown above");
    tasklist.completeAndWait(() -> gone(signOff)).waitForTaskGone(signOff.getId());

    JsonNode round = signOffRound(fixture);
    JsonNode legal = null;
    for (JsonNode decision : round.get("decisions")) {
      if ("legal".equals(decision.get("function").asText())) {
        legal = decision;
      }
    }
    assertThat(legal).as("legal's decision").isNotNull();
    assertThat(legal.get("decision").asText()).isEqualTo("APPROVE");
    assertThat(legal.get("decidedBy").asText()).isEqualTo(LEGAL);
    assertThat(round.get("awaiting")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("it", "security", "data-governance", "procurement");
    JsonNode confirmed = answersByQuestion(round).get("Q2");
    assertThat(confirmed.get("confirmedBy").asText()).isEqualTo(LEGAL);
    assertThat(confirmed.get("answer")).as("Q2 confirmed as prefilled").isEqualTo(audit);

    // the other functions sign too, and the contract goes to the register
    OTHER_SIGNERS.forEach((function, user) -> submit(user, task(fixture, SignOffProcess.TASKS.get(function)),
        Map.of("decision", "APPROVE")));
    executeJobs();
    assertThat(stage(fixture)).isEqualTo("REGISTERING_CONTRACT");
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

  private boolean gone(Task task) {
    return engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0;
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rows(Task task, String field) {
    return new ArrayList<>((List<Map<String, Object>>) Values.plainValue(engine.getFormService().getTaskFormVariables(task.getId(), List.of(field), false).getValueTyped(field)));
  }

  /** Submits a task form as Tasklist does: lists as JSON. */
  private void submit(String user, Task task, Map<String, Object> values) {
    VariableMap variables = Variables.createVariables();
    values.forEach((name, value) -> variables.putValue(name, value instanceof List<?> ? JsonViews.json(value) : value));
    as(user, () -> engine.getFormService().submitTaskForm(task.getId(), variables));
  }

  /** The gap's item in the latest negotiation round, as legal reads it over the API. */
  private JsonNode negotiationItem(ReviewFixture fixture) {
    Api.Response history = api.get("/api/procurements/" + fixture.procurementId + "/negotiation", LEGAL);
    assertThat(history.status()).as(history.body()).isEqualTo(200);
    JsonNode rounds = history.json().get("rounds");
    for (JsonNode item : rounds.get(rounds.size() - 1).get("items")) {
      if (GAP.equals(item.get("requirementId").asText())) {
        return item;
      }
    }
    throw new AssertionError("no item " + GAP + " in " + history.body());
  }

  /** The latest sign-off round, as legal reads it over the API. */
  private JsonNode signOffRound(ReviewFixture fixture) {
    Api.Response view = api.get("/api/procurements/" + fixture.procurementId + "/sign-off", LEGAL);
    assertThat(view.status()).as(view.body()).isEqualTo(200);
    JsonNode rounds = view.json().get("rounds");
    assertThat(rounds.size()).as("sign-off rounds").isPositive();
    return rounds.get(rounds.size() - 1);
  }

  /** The round's answers by question ("Q1" to "Q5"). */
  private static JsonNode answersByQuestion(JsonNode round) {
    var byQuestion = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    round.get("answers").forEach(a -> byQuestion.set(a.get("question").asText(), a));
    return byQuestion;
  }

  /** A figure as the forms show it: 48, 99.9. */
  private static String number(JsonNode value) {
    assertThat(value.isNumber()).as("a prefilled figure, not " + value).isTrue();
    double d = value.asDouble();
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static boolean ticked(FormJs form, String key) {
    return form.field(key).findElement(By.cssSelector("input[type=checkbox]")).isSelected();
  }
}
