package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegistrationProcess;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.guard.Values;
import org.llmprocurement.negotiation.NegotiationProcess;
import org.llmprocurement.negotiation.VendorAnswer;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.signoff.SignOffProcess;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.review.ReviewDecisions;
import org.llmprocurement.review.ReviewItem;
import org.llmprocurement.review.ReviewItemRepository;
import org.llmprocurement.review.ReviewStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.llmprocurement.contracts.ExitTrigger;
import org.llmprocurement.support.ContractEvents;

/**
 * RENEGOTIATE re-enters the negotiation process for the listed items of a contract that went
 * through review, sign-off and registration: agreed renews the term (RENEWED), a manager walking
 * away from a silent vendor ends in an exit (EXIT).
 */
class RenewalRenegotiationTest extends RenewalTest {

  private static final String ITEM = "SLA-AVAIL-01";
  private static final Map<String, String> SIGNERS = Map.of("it", "demo-it", "security", "demo-security",
      "legal", "demo-legal", "data-governance", "demo-data-governance", "procurement", "demo-buyer");

  @Autowired
  CatalogueService catalogue;

  @Autowired
  IntakeService intake;

  @Autowired
  ReviewDecisions reviewDecisions;

  @Autowired
  ReviewItemRepository reviewItemRepository;

  private ReviewFixture fixture;
  private Contract contract;
  private ProcessInstance review;

  /** A procurement reviewed without gaps, signed off and registered; its renewal review decided RENEGOTIATE for one item. */
  @BeforeEach
  void contractUnderRenegotiation() {
    fixture = new ReviewFixture(engine, api, catalogue);
    fixture.startReview(() -> executeJobsOf(fixture.businessKey()));
    fixture.reviewAll((role, row) -> fixture.met(row));
    executeJobsOf(fixture.businessKey());
    SignOffProcess.TASKS.forEach((function, taskKey) -> submit(SIGNERS.get(function), byKey(taskKey), Map.of("decision", "APPROVE")));
    executeJobsOf(fixture.businessKey());
    submit("demo-procurement", byKey(ContractRegistrationProcess.RECORD_PARTICULARS),
        particulars("Renegotiation Vendor " + System.nanoTime(), "", fixture.procurementId));
    executeJobsOf(fixture.businessKey());
    contract = register.ofProcurement(fixture.procurementId).orElseThrow();
    rememberForCleanUp(contract.getBusinessKey());

    review = startReview(contract.getId());
    assessAll(review, "RENEGOTIATE", "Availability must be measured per region now");
    complete("demo-procurement", task(review, ContractRenewalProcess.DECIDE), Map.of("decision", "RENEGOTIATE",
        "requirementIds", ITEM, "reason", "Availability per region before another term"));
    executeJobsOf(contract.getBusinessKey());
    assertThat(review).isWaitingAt(ContractRenewalProcess.RENEGOTIATE);
  }

  @Test
  void anAgreedRenegotiationRenewsTheTerm() {
    Task prepare = byKey(NegotiationProcess.PREPARE_PACKAGE);
    List<Map<String, Object>> items = rows(prepare, "items");
    assertThat(items).extracting(r -> r.get("requirementId")).as("only the listed item is negotiated").containsExactly(ITEM);
    submit("demo-procurement", prepare, Map.of("items", List.of(Map.of("requirementId", ITEM,
        "requestedWording", items.get(0).get("requestedWording")))));
    executeJobsOf(fixture.businessKey());
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("requirementId", ITEM);
    VendorAnswer.FIELDS.forEach(f -> answer.put(f, null));
    answer.put("kind", "ACCEPTED");
    answer.put("section", "MSA amendment 2, §4.2");
    answer.put("clauseText", catalogue.requirement(ITEM).orElseThrow().bindingExample());
    submit("demo-it", byKey(NegotiationProcess.RECORD_ANSWERS), Map.of("answers", List.of(answer)));
    executeJobsOf(fixture.businessKey());
    fixture.reviewAll((role, row) -> fixture.met(row));
    executeJobsOf(fixture.businessKey());

    assertThat(review).isEnded().hasPassed(ContractRenewalProcess.PREPARE_RENEGOTIATION, ContractRenewalProcess.RENEGOTIATE,
        ContractRenewalProcess.APPLY_NEGOTIATION_OUTCOME, ContractRenewalProcess.END_RENEGOTIATED);
    RenewalReview record = reviewOf(review);
    assertThat(record.getNegotiationOutcome()).isEqualTo("AGREED");
    assertThat(record.getOutcome()).isEqualTo("RENEWED");
    assertThat(record.getListedItems()).isEqualTo(ITEM);
    Contract after = register.find(contract.getId()).orElseThrow();
    assertThat(after.getTermEnd()).isEqualTo(RenewalRules.defaultNewTermEnd(contract.getEffectiveDate(), contract.getTermEnd()));
    assertThat(register.amendments(contract.getId()).get(0).getReason()).startsWith("Renewed after renegotiating " + ITEM);
    assertThat(register.amendments(contract.getId()).get(0).getChanges()).extracting(c -> c.field()).contains("termEnd");
    assertThat(intake.get(fixture.procurementId).getCatalogueVersion()).as("negotiated against the current catalogue")
        .isEqualTo(catalogue.version());
    assertThat(after.getCatalogueVersion()).as("the entry now follows the catalogue it was renegotiated under")
        .isEqualTo(catalogue.version());
    assertThat(register.obligations(contract.getId())).as("obligations derived from the items as they now stand")
        .isEqualTo(register.derivedObligations(intake.get(fixture.procurementId)));
  }

  @Test
  void aRequirementWithoutAReviewItemGetsOneOpenForTheRenegotiation() {
    String missing = "SLA-LAT-01";
    ReviewItem existing = reviewDecisions.item(fixture.procurementId, missing).orElseThrow();
    reviewItemRepository.delete(existing);
    assertThat(reviewDecisions.item(fixture.procurementId, missing)).isEmpty();

    assertThat(reviewDecisions.addItems(fixture.procurementId, List.of(ITEM, missing))).as("only the missing one is created")
        .containsExactly(missing);
    ReviewItem created = reviewDecisions.item(fixture.procurementId, missing).orElseThrow();
    assertThat(created.getStatus()).isEqualTo(ReviewStatus.OPEN);
    assertThat(created.getOwnerRole()).isEqualTo(catalogue.requirement(missing).orElseThrow().ownerRole().key());
    assertThat(reviewDecisions.item(fixture.procurementId, ITEM).orElseThrow().getStatus()).as("an existing item is left alone")
        .isNotEqualTo(ReviewStatus.OPEN);
  }

  @Test
  void aManagerWalkingAwayFromASilentVendorEndsInAnExit() {
    Task prepare = byKey(NegotiationProcess.PREPARE_PACKAGE);
    submit("demo-procurement", prepare, Map.of("items", List.of(Map.of("requirementId", ITEM,
        "requestedWording", rows(prepare, "items").get(0).get("requestedWording")))));
    executeJobsOf(fixture.businessKey());
    EngineClock.set(EngineClock.now().plus(Duration.ofDays(40)));   // past the response deadline and the grace days
    executeJobsOf(fixture.businessKey());
    executeJobsOf(fixture.businessKey());
    submit("demo-manager", byKey(NegotiationProcess.DECIDE_ESCALATION), Map.of("decision", "WALK_AWAY",
        "comment", "The vendor does not answer; we leave at the end of the term"));
    executeJobsOf(fixture.businessKey());

    assertThat(review).isEnded().hasPassed(ContractRenewalProcess.APPLY_NEGOTIATION_OUTCOME,
        ContractRenewalProcess.END_RENEGOTIATION_FAILED).hasNotPassed(ContractRenewalProcess.RENEW);
    RenewalReview record = reviewOf(review);
    assertThat(record.getNegotiationOutcome()).isEqualTo("ABANDONED");
    assertThat(record.getOutcome()).isEqualTo("EXIT");
    assertThat(register.find(contract.getId()).orElseThrow().getTermEnd()).as("no renewal").isEqualTo(contract.getTermEnd());
    assertThat(ContractEvents.exitsOf(contract.getId())).as("the exit runbook is asked for once").singleElement()
        .satisfies(exit -> {
          assertThat(exit.trigger()).isEqualTo(ExitTrigger.RENEWAL_DECISION);
          assertThat(exit.reason()).isEqualTo("Renegotiation abandoned: Availability per region before another term");
          assertThat(exit.requestedBy()).isEqualTo("demo-procurement");
        });
  }

  private Task byKey(String taskDefinitionKey) {
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
