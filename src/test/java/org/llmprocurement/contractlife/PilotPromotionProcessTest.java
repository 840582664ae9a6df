package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.domain.DeploymentStage;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.review.ReviewDecisions;
import org.llmprocurement.review.ReviewItem;
import org.llmprocurement.review.ReviewStatus;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.negotiation.NegotiationProcess;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.Intakes;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of {@code pilot-promotion-review}, time moved with the engine clock. */
class PilotPromotionProcessTest extends ContractTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  @Autowired
  ThresholdService thresholds;

  @Autowired
  IntakeService intake;

  @Autowired
  ReviewDecisions decisions;

  @Autowired
  PilotPromotions promotions;

  @Autowired
  CatalogueService catalogue;

  @BeforeEach
  void today() {
    EngineClock.set(TODAY.atStartOfDay(ZoneOffset.UTC).plusHours(9).toInstant());
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }

  // ---- fixtures ---------------------------------------------------------------------------------

  /**
   * A registered pilot contract: the procurement's tier confirmed as proposed (versions pinned), its
   * review items created and settled MET (the review is not what this test is about), the contract
   * registered with the pilot end.
   */
  Contract pilotContract(String vendor, Map<String, Object> intakeChanges, LocalDate pilotEnd) {
    return register.find(registeredPilot(vendor, intakeChanges, pilotEnd)).orElseThrow();
  }

  /** Internal, regulated data: MEDIUM as a pilot and in production. */
  static Map<String, Object> sameTierInProduction() {
    return Map.of("customerFacing", false, "regulatedData", true);
  }

  /** Customer-facing with personal data: MEDIUM as a pilot, HIGH in production. */
  static Map<String, Object> tierRisesInProduction() {
    return Map.of();
  }

  ProcessInstance startPromotion(Contract contract) {
    return engine.getRuntimeService().startProcessInstanceByKey(PilotPromotionProcess.KEY, contract.getBusinessKey(),
        Map.of("contractId", contract.getId()));
  }

  Job kickOffTimer(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(PilotPromotionProcess.KICK_OFF_DUE).singleResult();
  }

  Job pilotEndTimer(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(PilotPromotionProcess.PILOT_END_PASSED).singleResult();
  }

  int leadDays(RiskTier tier) {
    return thresholds.forTier(tier).getInt("pilotPromotionLeadDays");
  }

  void moveTo(LocalDate day) {
    EngineClock.set(day.atStartOfDay(ZoneOffset.UTC).plusHours(1).toInstant());
  }

  Task confirmTask(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(PilotPromotionProcess.CONFIRM_SCOPE).singleResult();
  }

  void submitScope(String user, Task task, Map<String, Object> values) {
    VariableMap variables = Variables.createVariables();
    values.forEach((name, value) -> variables.putValue(name, value instanceof List<?> ? JsonViews.json(value) : value));
    as(user, () -> engine.getFormService().submitTaskForm(task.getId(), variables));
  }

  static Map<String, Object> promote(int users) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("decision", "PROMOTE");
    values.put("surfaces", List.of("API", "CHAT_UI"));
    values.put("regions", List.of("EU"));
    values.put("expectedUsers", users);
    values.put("comment", "Pilot met its goals; production roll-out approved");
    return values;
  }

  /** Starts the review and moves the clock to its kick-off; returns the waiting instance. */
  ProcessInstance atKickOff(Contract contract) {
    ProcessInstance instance = startPromotion(contract);
    moveTo(PromotionTiming.kickOff(contract.getPilotEndDate(), leadDays(contract.getRiskTier()), TODAY));
    executeJobs(instance.getId());
    assertThat(instance).isWaitingAt(PilotPromotionProcess.CONFIRM_SCOPE);
    return instance;
  }

  // ---- timing -----------------------------------------------------------------------------------

  @Test
  void theReviewWaitsForItsKickOffWhichMovesWithThePilotEnd() {
    LocalDate pilotEnd = TODAY.plusMonths(6);
    Contract contract = pilotContract("Pilot Timing One Ltd", sameTierInProduction(), pilotEnd);
    int lead = leadDays(contract.getRiskTier());
    ProcessInstance instance = startPromotion(contract);

    assertThat(instance).isWaitingAt(PilotPromotionProcess.AWAIT_KICK_OFF);
    assertThat(kickOffTimer(instance).getDuedate()).isEqualTo(BusinessCalendar.startOf(pilotEnd.minusDays(lead)));

    register.amend(contract.getId(), Map.of("pilotEndDate", pilotEnd.minusMonths(2).toString()),
        "Pilot shortened by the steering group", "demo-procurement");
    assertThat(kickOffTimer(instance).getDuedate()).as("earlier")
        .isEqualTo(BusinessCalendar.startOf(pilotEnd.minusMonths(2).minusDays(lead)));

    register.amend(contract.getId(), Map.of("pilotEndDate", pilotEnd.plusMonths(3).toString()),
        "Pilot extended by the steering group", "demo-procurement");
    assertThat(kickOffTimer(instance).getDuedate()).as("later")
        .isEqualTo(BusinessCalendar.startOf(pilotEnd.plusMonths(3).minusDays(lead)));

    moveTo(pilotEnd.plusMonths(3).minusDays(lead + 1));
    executeJobs(instance.getId());
    assertThat(instance).as("a day early").isWaitingAt(PilotPromotionProcess.AWAIT_KICK_OFF);

    moveTo(pilotEnd.plusMonths(3).minusDays(lead));
    executeJobs(instance.getId());
    assertThat(instance).isWaitingAt(PilotPromotionProcess.CONFIRM_SCOPE, PilotPromotionProcess.AWAIT_PILOT_END);
    assertThat(confirmTask(instance)).hasCandidateGroup("procurement");
    assertThat(pilotEndTimer(instance).getDuedate()).isEqualTo(BusinessCalendar.startOf(pilotEnd.plusMonths(3).plusDays(1)));
  }

  @Test
  void aPilotAmendedPastItsKickOffStartsItsReviewAtOnce() {
    Contract contract = pilotContract("Pilot Timing Two Ltd", sameTierInProduction(), TODAY.plusMonths(6));
    ProcessInstance instance = startPromotion(contract);

    register.amend(contract.getId(), Map.of("pilotEndDate", TODAY.plusDays(3).toString()),
        "Pilot ends early: budget cut", "demo-procurement");
    assertThat(kickOffTimer(instance).getDuedate()).isEqualTo(BusinessCalendar.startOf(TODAY));
    executeJobs(instance.getId());

    assertThat(instance).isWaitingAt(PilotPromotionProcess.CONFIRM_SCOPE);
  }

  // ---- decision paths ---------------------------------------------------------------------------

  @Test
  void procurementEndsThePilotWithAReason() {
    Contract contract = pilotContract("Pilot Ends Ltd", sameTierInProduction(), TODAY.plusMonths(2));
    ProcessInstance instance = atKickOff(contract);
    Task task = confirmTask(instance);

    assertThatThrownBy(() -> submitScope("demo-procurement", task, Map.of("decision", "END", "comment", "")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("comment: say why the pilot ends without production");
    assertThat(promotions.open(contract.getId()).orElseThrow().getDecision()).as("nothing written").isNull();

    submitScope("demo-procurement", task, Map.of("decision", "END", "surfaces", List.of(), "regions", List.of(),
        "comment", "The pilot showed too little benefit for the cost"));
    executeJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed(PilotPromotionProcess.CLOSE_PILOT, PilotPromotionProcess.END_NOT_PROMOTED)
        .hasNotPassed(PilotPromotionProcess.REDECIDE_TIER).variables()
        .containsEntry(PilotPromotionProcess.OUTCOME.getName(), PilotPromotionProcess.ENDED);
    PilotPromotion record = promotions.of(contract.getId()).get(0);
    assertThat(record.getDecision()).isEqualTo("END");
    assertThat(record.getDecidedBy()).isEqualTo("demo-procurement");
    assertThat(record.getOutcome()).isEqualTo(PilotPromotionProcess.ENDED);
    Contract after = register.find(contract.getId()).orElseThrow();
    assertThat(after.getPilotEndDate()).as("still a pilot").isEqualTo(contract.getPilotEndDate());
    assertThat(after.getVersion()).isOne();
  }

  @Test
  void aPromotionAtTheSameTierAmendsTheRegisterAtOnce() {
    Contract contract = pilotContract("Pilot Same Tier Ltd", sameTierInProduction(), TODAY.plusMonths(2));
    assertThat(contract.getRiskTier()).isEqualTo(RiskTier.MEDIUM);
    ProcessInstance instance = atKickOff(contract);

    submitScope("demo-procurement", confirmTask(instance), promote(800));
    executeJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed(PilotPromotionProcess.REDECIDE_TIER, PilotPromotionProcess.CONSOLIDATE,
        PilotPromotionProcess.AMEND_REGISTER, PilotPromotionProcess.END_PROMOTED)
        .hasNotPassed(PilotPromotionProcess.REVIEW_CHANGED, PilotPromotionProcess.NEGOTIATE,
            PilotPromotionProcess.ESCALATE_PILOT_END)
        .variables().containsEntry(PilotPromotionProcess.OUTCOME.getName(), PilotPromotionProcess.PROMOTED);
    Contract after = register.find(contract.getId()).orElseThrow();
    assertThat(after.getPilotEndDate()).isNull();
    assertThat(after.getRiskTier()).isEqualTo(RiskTier.MEDIUM);
    assertThat(after.getVersion()).isEqualTo(2);
    assertThat(register.amendments(contract.getId())).singleElement().satisfies(a -> {
      assertThat(a.getAmendedBy()).isEqualTo("demo-procurement");
      assertThat(a.getReason()).contains("Pilot promoted to production at tier MEDIUM");
      assertThat(a.getChanges()).extracting(c -> c.field()).containsExactly("pilotEndDate");
    });
    Procurement procurement = intake.get(contract.getProcurementId());
    assertThat(procurement.getDeploymentStage()).isEqualTo(DeploymentStage.PRODUCTION);
    assertThat(procurement.getExpectedUsers()).isEqualTo(800);
    assertThat(promotions.of(contract.getId()).get(0).getOutcome()).isEqualTo(PilotPromotionProcess.PROMOTED);
  }

  @Test
  void aHigherProductionTierSendsOnlyTheNewRequirementsToTheirOwners() {
    Contract contract = pilotContract("Pilot Tier Rises Ltd", tierRisesInProduction(), TODAY.plusMonths(2));
    assertThat(contract.getRiskTier()).isEqualTo(RiskTier.MEDIUM);
    long procurementId = contract.getProcurementId();
    List<String> before = decisions.items(procurementId).stream().map(ReviewItem::getRequirementId).toList();
    ProcessInstance instance = atKickOff(contract);

    submitScope("demo-procurement", confirmTask(instance), promote(5000));
    executeJobs(instance.getId());

    assertThat(instance).isWaitingAt(PilotPromotionProcess.REVIEW_CHANGED, PilotPromotionProcess.AWAIT_PILOT_END);
    PilotPromotion record = promotions.of(contract.getId()).get(0);
    assertThat(record.getTierBefore()).isEqualTo("MEDIUM");
    assertThat(record.getTierAfter()).isEqualTo("HIGH");
    List<PilotPromotionItem> changed = promotions.items(record.getId());
    assertThat(changed).isNotEmpty().allSatisfy(i -> assertThat(i.getChangeKind()).isIn("ADDED", "STRICTER"));
    List<String> reopened = decisions.items(procurementId).stream().filter(i -> i.getReviewRound() > 1)
        .map(ReviewItem::getRequirementId).toList();
    assertThat(reopened).containsExactlyInAnyOrderElementsOf(changed.stream().filter(PilotPromotionItem::isUnderReview)
        .map(PilotPromotionItem::getRequirementId).toList());
    assertThat(decisions.items(procurementId)).filteredOn(i -> before.contains(i.getRequirementId()) && !reopened.contains(i.getRequirementId()))
        .as("the pilot's other decisions stand").allSatisfy(i -> assertThat(i.getReviewRound()).isOne());
    @SuppressWarnings("unchecked")
    List<String> roles = (List<String>) engine.getRuntimeService().getVariable(instance.getId(), "promotionReviewRoles");
    assertThat(roles).isNotEmpty();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("clause-review")
        .processInstanceBusinessKey(contract.getBusinessKey()).count()).isEqualTo(roles.size());
    assertThat(intake.get(procurementId).getRiskTier()).isEqualTo(RiskTier.HIGH);
    assertThat(register.find(contract.getId()).orElseThrow().getRiskTier()).as("not before agreement").isEqualTo(RiskTier.MEDIUM);

    var view = api.get("/api/contracts/" + contract.getId() + "/pilot-promotion", "demo-manager");
    assertThat(view.status()).isEqualTo(200);
    var review = view.json().get("reviews").get(0);
    assertThat(review.get("decision").asText()).isEqualTo("PROMOTE");
    assertThat(review.get("decidedBy").asText()).isEqualTo("demo-procurement");
    assertThat(review.get("comment").asText()).isEqualTo("Pilot met its goals; production roll-out approved");
    assertThat(review.get("tierAfter").asText()).isEqualTo("HIGH");
    assertThat(review.get("expectedUsers").asInt()).isEqualTo(5000);
    assertThat(review.get("requirements")).hasSize(changed.size());
    assertThat(review.get("outcome").isNull()).isTrue();
    assertThat(api.get("/api/contracts/" + contract.getId() + "/pilot-promotion", null).status()).isEqualTo(401);
    var identity = engine.getIdentityService();
    identity.saveUser(with(identity.newUser("pilot-outsider"), u -> u.setPassword("demo")));
    try {
      assertThat(api.get("/api/contracts/" + contract.getId() + "/pilot-promotion", "pilot-outsider").status()).isEqualTo(403);
    } finally {
      identity.deleteUser("pilot-outsider");
    }
    assertThat(api.get("/api/contracts/999999999/pilot-promotion", "demo-manager").status()).isEqualTo(404);
  }

  /**
   * Takes a contract whose tier rises in production to the owners' re-review and has them decide
   * every reopened item MET, except {@code gap} (a requirement id, or null) as a GAP.
   */
  ProcessInstance reReviewed(Contract contract, boolean withGap) {
    ProcessInstance instance = atKickOff(contract);
    submitScope("demo-procurement", confirmTask(instance), promote(5000));
    executeJobs(instance.getId());
    assertThat(instance).isWaitingAt(PilotPromotionProcess.REVIEW_CHANGED, PilotPromotionProcess.AWAIT_PILOT_END);
    ReviewFixture fixture = new ReviewFixture(engine, api, catalogue);
    fixture.procurementId = contract.getProcurementId();
    fixture.processInstanceId = instance.getId();
    fixture.msa = upload(contract.getProcurementId(), "MSA", "Master services agreement v2", null);
    fixture.evidence = upload(contract.getProcurementId(), "EVIDENCE", "SOC 2 Type II report",
        EngineClock.today().minusMonths(2).toString());
    String gap = withGap ? promotions.items(promotions.of(contract.getId()).get(0).getId()).stream()
        .filter(PilotPromotionItem::isUnderReview).findFirst().orElseThrow().getRequirementId() : null;
    fixture.reviewAll((role, row) -> {
      Map<String, Object> met = fixture.met(row);
      met.put("evidenceExpiry", EngineClock.today().plusYears(1).toString());
      if (row.get("requirementId").equals(gap)) {
        met.put("decision", "GAP");
        met.put("clauseText", catalogue.requirement(gap).orElseThrow().weakExample());
        met.put("justification", "The vendor's production terms fall short of the requirement.");
      }
      return met;
    });
    executeJobsOf(contract.getBusinessKey());
    return instance;
  }

  long upload(long procurementId, String type, String title, String effectiveDate) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("type", type);
    fields.put("title", title);
    if (effectiveDate != null) {
      fields.put("effectiveDate", effectiveDate);
    }
    Api.Response response = api.upload("/api/procurements/" + procurementId + "/documents", "demo-procurement", fields,
        new Api.FilePart("file", title.replace(' ', '-') + ".pdf", "application/pdf",
            ("%PDF-1.4 " + title + " " + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asLong();
  }

  /** The negotiation the promotion called, ended with the given outcome (negotiation's own paths are its tests'). */
  void negotiationEnds(ProcessInstance promotion, String outcome) {
    ProcessInstance negotiation = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(promotion.getId()).processDefinitionKey(NegotiationProcess.KEY).singleResult();
    assertThat(negotiation).isNotNull();
    String end = NegotiationProcess.AGREED.equals(outcome) ? NegotiationProcess.END_AGREED : NegotiationProcess.END_ABANDONED;
    engine.getRuntimeService().createProcessInstanceModification(negotiation.getId())
        .cancelAllForActivity(NegotiationProcess.PREPARE_PACKAGE)
        .startBeforeActivity(end).setVariable(NegotiationProcess.OUTCOME.getName(), outcome)
        .execute();
    executeJobsOf(promotion.getBusinessKey());
  }

  /** Runs the due jobs of the contract's processes other than its contract life, until none is left. */
  void executeJobsOf(String businessKey) {
    var management = engine.getManagementService();
    for (int round = 0; round < 20; round++) {
      List<String> instances = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
          .list().stream().filter(p -> !p.getProcessDefinitionId().startsWith(ContractLifeProcess.KEY + ":"))
          .map(p -> p.getId()).toList();
      List<Job> jobs = instances.stream().flatMap(id -> management.createJobQuery().processInstanceId(id).executable().list().stream())
          .toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  @Test
  void requirementsReDecidedMetPromoteAtTheHigherTier() {
    Contract contract = pilotContract("Pilot Review Met Ltd", tierRisesInProduction(), TODAY.plusMonths(2));
    ProcessInstance instance = reReviewed(contract, false);

    assertThat(instance).isEnded().hasPassed(PilotPromotionProcess.REVIEW_CHANGED, PilotPromotionProcess.CONSOLIDATE,
        PilotPromotionProcess.END_PROMOTED).hasNotPassed(PilotPromotionProcess.NEGOTIATE);
    Contract after = register.find(contract.getId()).orElseThrow();
    assertThat(after.getRiskTier()).isEqualTo(RiskTier.HIGH);
    assertThat(after.getPilotEndDate()).isNull();
    assertThat(register.amendments(contract.getId())).singleElement()
        .satisfies(a -> assertThat(a.getChanges()).extracting(c -> c.field())
            .containsExactly("riskTier", "pilotEndDate", "obligations"));
    assertThat(register.obligations(contract.getId())).as("the vendor is bound to the items met at the production tier")
        .isNotEmpty().isEqualTo(register.derivedObligations(intake.get(contract.getProcurementId())));
  }

  @Test
  void aGapGoesToNegotiationAndAgreedTermsPromote() {
    Contract contract = pilotContract("Pilot Gap Agreed Ltd", tierRisesInProduction(), TODAY.plusMonths(2));
    ProcessInstance instance = reReviewed(contract, true);
    assertThat(instance).isWaitingAt(PilotPromotionProcess.NEGOTIATE);
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "promotionGapsFound")).isEqualTo(true);

    negotiationEnds(instance, NegotiationProcess.AGREED);

    assertThat(instance).isEnded().hasPassed(PilotPromotionProcess.NEGOTIATE, PilotPromotionProcess.END_PROMOTED)
        .variables().containsEntry(PilotPromotionProcess.OUTCOME.getName(), PilotPromotionProcess.PROMOTED);
    assertThat(register.find(contract.getId()).orElseThrow().getRiskTier()).isEqualTo(RiskTier.HIGH);
  }

  @Test
  void anAbandonedNegotiationLeavesThePilotAsSigned() {
    Contract contract = pilotContract("Pilot Gap Abandoned Ltd", tierRisesInProduction(), TODAY.plusMonths(2));
    ProcessInstance instance = reReviewed(contract, true);

    negotiationEnds(instance, NegotiationProcess.ABANDONED);

    assertThat(instance).isEnded().hasPassed(PilotPromotionProcess.NEGOTIATE, PilotPromotionProcess.CLOSE_PILOT,
        PilotPromotionProcess.END_NOT_PROMOTED).hasNotPassed(PilotPromotionProcess.AMEND_REGISTER)
        .variables().containsEntry(PilotPromotionProcess.OUTCOME.getName(), PilotPromotionProcess.ENDED);
    Contract after = register.find(contract.getId()).orElseThrow();
    assertThat(after.getRiskTier()).isEqualTo(RiskTier.MEDIUM);
    assertThat(after.getPilotEndDate()).isEqualTo(contract.getPilotEndDate());
    Procurement procurement = intake.get(contract.getProcurementId());
    assertThat(procurement.getDeploymentStage()).as("back to the pilot").isEqualTo(DeploymentStage.PILOT);
    assertThat(procurement.getRiskTier()).isEqualTo(RiskTier.MEDIUM);
  }

  // ---- the pilot end ----------------------------------------------------------------------------

  @Test
  void anUnpromotedPilotPastItsEndIsFlaggedAndEscalatedUntilPromoted() throws Exception {
    LocalDate pilotEnd = TODAY.plusMonths(2);
    Contract contract = pilotContract("Pilot Overrun Ltd", sameTierInProduction(), pilotEnd);
    ProcessInstance instance = atKickOff(contract);

    moveTo(pilotEnd);
    executeJobs(instance.getId());
    assertThat(register.find(contract.getId()).orElseThrow().isUsedAfterPilotEnd()).as("its last day").isFalse();

    moveTo(pilotEnd.plusDays(1));
    executeJobs(instance.getId());
    assertThat(instance).hasPassed(PilotPromotionProcess.ESCALATE_PILOT_END, PilotPromotionProcess.END_ESCALATED)
        .isWaitingAt(PilotPromotionProcess.CONFIRM_SCOPE);
    Contract flagged = register.find(contract.getId()).orElseThrow();
    assertThat(flagged.isUsedAfterPilotEnd()).isTrue();
    assertThat(flagged.getUsedAfterPilotEndSince()).isEqualTo(pilotEnd.plusDays(1));
    assertThat(promotions.of(contract.getId()).get(0).getEscalatedAt()).isNotNull();
    var view = api.get("/api/contracts/" + contract.getId(), "demo-manager").json();
    assertThat(view.get("usedAfterPilotEnd").asBoolean()).isTrue();
    assertThat(view.get("usedAfterPilotEndSince").asText()).isEqualTo(pilotEnd.plusDays(1).toString());
    // GreenMail lists messages by mailbox, not by arrival: find ours by its subject (the reference is unique)
    String subject = "Pilot past its end: " + contract.getContractReference();
    assertThat(Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subjectOf(m).startsWith(subject)).toList())
        .as("the managers are told once the pilot end has passed").isNotEmpty()
        .allSatisfy(m -> assertThat(Arrays.stream(m.getAllRecipients()).map(Object::toString).toList())
            .anyMatch(r -> r.startsWith("demo-manager")));

    submitScope("demo-procurement", confirmTask(instance), promote(900));
    executeJobs(instance.getId());

    assertThat(instance).isEnded().hasPassed(PilotPromotionProcess.END_PROMOTED);
    Contract promoted = register.find(contract.getId()).orElseThrow();
    assertThat(promoted.isUsedAfterPilotEnd()).as("flag cleared by promotion").isFalse();
    assertThat(promoted.getPilotEndDate()).isNull();
  }

  @Test
  void anExtendedPilotMovesItsEscalation() {
    LocalDate pilotEnd = TODAY.plusMonths(2);
    Contract contract = pilotContract("Pilot Extended Ltd", sameTierInProduction(), pilotEnd);
    ProcessInstance instance = atKickOff(contract);
    assertThat(pilotEndTimer(instance).getDuedate()).isEqualTo(BusinessCalendar.startOf(pilotEnd.plusDays(1)));

    register.amend(contract.getId(), Map.of("pilotEndDate", pilotEnd.plusMonths(1).toString()),
        "Pilot extended by a month", "demo-procurement");

    Date moved = pilotEndTimer(instance).getDuedate();
    assertThat(moved).isEqualTo(BusinessCalendar.startOf(pilotEnd.plusMonths(1).plusDays(1)));
    moveTo(pilotEnd.plusDays(1));
    executeJobs(instance.getId());
    assertThat(instance).hasNotPassed(PilotPromotionProcess.ESCALATE_PILOT_END).isWaitingAt(PilotPromotionProcess.CONFIRM_SCOPE);
    assertThat(register.find(contract.getId()).orElseThrow().isUsedAfterPilotEnd()).isFalse();
  }
}
