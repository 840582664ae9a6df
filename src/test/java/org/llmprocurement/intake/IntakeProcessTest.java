package org.llmprocurement.intake;

import org.llmprocurement.lifecycle.ProcurementLifecycle;

import org.llmprocurement.domain.RiskTier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.support.IntegrationTest;
import org.llmprocurement.support.Intakes;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the intake part of the lifecycle, through the Java API as Tasklist drives it. */
class IntakeProcessTest extends IntegrationTest {

  @Autowired
  ProcurementRepository procurements;

  @Autowired
  TierChangeRepository tierChanges;

  private ProcessInstance start(Map<String, Object> intake) {
    var variables = Variables.createVariables();
    intake.forEach((k, v) -> variables.put(k, v instanceof List<?> list ? JsonViews.json(list) : v));
    ProcessInstance[] started = new ProcessInstance[1];
    as("demo-procurement", () -> started[0] = engine.getRuntimeService().startProcessInstanceByKey(ProcurementLifecycle.KEY, variables));
    return started[0];
  }

  private Procurement procurementOf(ProcessInstance instance) {
    return procurements.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  private void complete(String user, Task task, Map<String, Object> form) {
    as(user, () -> engine.getFormService().submitTaskForm(task.getId(), form));
  }

  @Test
  void tierKeptEndsAtTierConfirmedAndRecordsWhoConfirmed() {
    ProcessInstance instance = start(Intakes.customerSupportBot());

    assertThat(instance).hasPassed(ProcurementLifecycle.DETERMINE_TIER, ProcurementLifecycle.RECORD_TIER)
        .isWaitingAt(ProcurementLifecycle.CONFIRM_TIER)
        .variables().containsEntry(ProcurementLifecycle.RISK_TIER.getName(), "HIGH").doesNotContainKeys("title", "vendor", "useCase");
    assertThat(task(instance)).hasCandidateGroup("procurement");
    Procurement procurement = procurementOf(instance);
    assertThat(procurement.getBusinessKey()).matches("LLMP-\\d{4}-\\d{5}");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(procurement.getBusinessKey()).count()).isOne();
    assertThat(engine.getFormService().getTaskFormVariables(task(instance).getId()).get("confirmedTier"))
        .as("the form proposes the tier").isEqualTo("HIGH");

    complete("demo-procurement", task(instance), Map.of("confirmedTier", "HIGH"));
    executeJobs();

    assertThat(instance).hasPassed(ProcurementLifecycle.CONFIRM_TIER).isWaitingAt(ProcurementLifecycle.REVIEW_IT);
    procurement = procurementOf(instance);
    assertThat(procurement.getRiskTier()).isEqualTo(RiskTier.HIGH);
    assertThat(procurement.getTierConfirmedBy()).isEqualTo("demo-procurement");
    assertThat(procurement.getCatalogueVersion()).as("catalogue version pinned").matches("\\d{4}\\.\\d+\\.\\d+");
    assertThat(procurement.getThresholdsVersion()).as("threshold version pinned").startsWith("tierThresholds:v");
    assertThat(tierChanges.findByProcurementIdOrderByIdAsc(procurement.getId()))
        .extracting(TierChange::getKind).containsExactly(TierChange.Kind.PROPOSED, TierChange.Kind.CONFIRMED);
    assertThat(valuesRecorded(instance.getId(), ProcurementLifecycle.RISK_TIER.getName()))
        .as("a tier confirmed as proposed is recorded once, not written again with the same value (issue 14)")
        .containsExactly("HIGH");
  }

  /**
   * The intake's answers live in the procurement table; as process variables they were written and
   * removed again at every start, leaving runtime rows, historic variable instances and details
   * nobody reads (issue 14). Whichever way a procurement starts, they now pass through transient.
   */
  @Test
  void theIntakesAnswersAreRecordedInTheProcurementAndLeaveNoVariableHistoryWhicheverWayItStarts() {
    ProcessInstance byJavaApi = start(Intakes.customerSupportBot());
    var startForm = Variables.createVariables();
    Intakes.customerSupportBot().forEach((k, v) -> startForm.put(k, v instanceof List<?> list ? JsonViews.json(list) : v));
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProcurementLifecycle.KEY).latestVersion().singleResult().getId();
    ProcessInstance[] byStartForm = new ProcessInstance[1];
    as("demo-procurement", () -> byStartForm[0] = engine.getFormService().submitStartForm(definitionId, startForm));
    String byProductApi = api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot()).json()
        .get("processInstanceId").asText();

    for (String instanceId : List.of(byJavaApi.getId(), byStartForm[0].getId(), byProductApi)) {
      Procurement procurement = procurements.findByProcessInstanceId(instanceId).orElseThrow();
      assertThat(procurement.getUseCase()).as("the answers are in the procurement").isNotBlank();
      assertThat(procurement.getVendor()).isEqualTo(Intakes.customerSupportBot().get("vendor"));
      var history = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instanceId).includeDeleted();
      assertThat(history.list()).extracting(v -> v.getName())
          .as("no history of the intake's answers")
          .doesNotContain("title", "vendor", "product", "useCase", "surfaces", "dataCategories", "allowedRegions")
          .as("nor of the tier facts, which the decision read in the start's transaction")
          .doesNotContainAnyElementsOf(IntakeForm.TIER_FACTS)
          .as("the tier and the procurement keep theirs")
          .contains("riskTier", ProcurementLifecycle.PROCUREMENT_ID.getName());
      assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instanceId)
          .variableNameIn(IntakeForm.TIER_FACTS.toArray(String[]::new)).count()).as("no tier fact stored").isZero();
      var decision = engine.getHistoryService().createHistoricDecisionInstanceQuery().processInstanceId(instanceId)
          .includeInputs().singleResult();
      assertThat(decision.getInputs()).extracting(i -> i.getClauseId(), i -> i.getValue())
          .as("the risk-tier decision's history keeps the facts it decided on")
          .contains(org.assertj.core.groups.Tuple.tuple("Input_customerFacing", true),
              org.assertj.core.groups.Tuple.tuple("Input_deploymentStage", "PRODUCTION"),
              org.assertj.core.groups.Tuple.tuple("Input_personalOrFinancialData", true));
      assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates().list())
          .extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName())
          .doesNotContain("title", "useCase", "surfaces", "dataCategories", "allowedRegions");
      assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(instanceId).variableUpdates()
          .list()).extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName())
          .as("no record of a tier fact").doesNotContainAnyElementsOf(IntakeForm.TIER_FACTS);
    }
  }

  @Test
  void raisingTheTierNeedsAJustificationAndTakesEffectAtOnce() {
    ProcessInstance instance = start(Intakes.customerSupportBot());
    Task confirm = task(instance);

    assertThatThrownBy(() -> complete("demo-procurement", confirm, Map.of("confirmedTier", "CRITICAL")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("tierJustification");
    assertThat(instance).isWaitingAt(ProcurementLifecycle.CONFIRM_TIER);

    complete("demo-procurement", confirm, Map.of("confirmedTier", "CRITICAL",
        "tierJustification", "Outputs quote contract terms to customers; treat as critical."));
    executeJobs();

    assertThat(instance).hasPassed(ProcurementLifecycle.CONFIRM_TIER).hasNotPassed(ProcurementLifecycle.APPROVE_REDUCTION);
    Procurement procurement = procurementOf(instance);
    assertThat(procurement.getRiskTier()).isEqualTo(RiskTier.CRITICAL);
    TierChange raised = tierChanges.findByProcurementIdOrderByIdAsc(procurement.getId()).get(1);
    assertThat(raised.getKind()).isEqualTo(TierChange.Kind.RAISED);
    assertThat(raised.getOldTier()).isEqualTo(RiskTier.HIGH);
    assertThat(raised.getNewTier()).isEqualTo(RiskTier.CRITICAL);
    assertThat(raised.getChangedBy()).isEqualTo("demo-procurement");
    assertThat(raised.getChangedAt()).isNotNull();
  }

  @Test
  void loweringTheTierWaitsForAManagerWhoApproves() {
    ProcessInstance instance = start(Intakes.customerSupportBot());
    complete("demo-procurement", task(instance), Map.of("confirmedTier", "MEDIUM",
        "tierJustification", "Only a small beta audience sees answers, each reviewed by an agent."));
    executeJobs();

    assertThat(instance).isWaitingAt(ProcurementLifecycle.APPROVE_REDUCTION);
    assertThat(task(instance)).hasCandidateGroup("managers");
    assertThat(procurementOf(instance).getRiskTier()).as("not lowered before approval").isEqualTo(RiskTier.HIGH);
    var form = engine.getFormService().getTaskFormVariables(task(instance).getId());
    assertThat(form.get("requestedTier")).as("the manager's form shows the reduction asked for").isEqualTo("MEDIUM");
    assertThat(form.get("proposedTier")).isEqualTo("HIGH");
    assertThat(form.get("reductionRequestedBy")).isEqualTo("demo-procurement");
    assertThat((String) form.get("reductionJustification")).contains("small beta audience");
    assertThat(engine.getTaskService().getVariablesLocal(task(instance).getId())).as("worked out when read, not stored")
        .doesNotContainKeys("requestedTier", "reductionJustification", "intakeSummary");

    complete("demo-manager", task(instance), Map.of("reductionDecision", "APPROVE"));
    executeJobs();

    assertThat(instance).hasPassed(ProcurementLifecycle.CONFIRM_TIER).isWaitingAt(ProcurementLifecycle.REVIEW_IT);
    Procurement procurement = procurementOf(instance);
    assertThat(procurement.getRiskTier()).isEqualTo(RiskTier.MEDIUM);
    TierChange lowered = tierChanges.findByProcurementIdOrderByIdAsc(procurement.getId()).get(1);
    assertThat(lowered.getStatus()).isEqualTo(TierChange.Status.APPROVED);
    assertThat(lowered.getDecidedBy()).isEqualTo("demo-manager");
  }

  @Test
  void refusedReductionReturnsToProcurementWithTheReason() {
    ProcessInstance instance = start(Intakes.customerSupportBot());
    complete("demo-procurement", task(instance), Map.of("confirmedTier", "LOW",
        "tierJustification", "We believe the risk is small for this deployment."));
    executeJobs();

    assertThatThrownBy(() -> complete("demo-manager", task(instance), Map.of("reductionDecision", "REFUSE")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("decisionComment");
    complete("demo-manager", task(instance), Map.of("reductionDecision", "REFUSE",
        "decisionComment", "Customer-facing production stays HIGH."));
    executeJobs();

    assertThat(instance).isWaitingAt(ProcurementLifecycle.CONFIRM_TIER);
    assertThat((String) engine.getFormService().getTaskFormVariables(task(instance).getId()).get("refusalNote"))
        .contains("demo-manager").contains("Customer-facing production stays HIGH.");
    assertThat(procurementOf(instance).getRiskTier()).isEqualTo(RiskTier.HIGH);

    complete("demo-procurement", task(instance), Map.of("confirmedTier", "HIGH"));
    executeJobs();
    assertThat(instance).hasPassed(ProcurementLifecycle.CONFIRM_TIER).isWaitingAt(ProcurementLifecycle.REVIEW_IT);
    assertThat(valuesRecorded(instance.getId(), ProcurementLifecycle.RISK_TIER.getName()))
        .as("the tier never changed: one record, though the request, the refusal and the confirmation each set it")
        .containsExactly("HIGH");
    assertThat(valuesRecorded(instance.getId(), ProcurementLifecycle.TIER_CHANGE.getName()))
        .as("what each confirmation did, each change recorded").hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void theRequesterCannotApproveTheReduction() {
    engine.getIdentityService().createMembership("demo-procurement", "managers");
    try {
      ProcessInstance instance = start(Intakes.customerSupportBot());
      complete("demo-procurement", task(instance), Map.of("confirmedTier", "MEDIUM",
          "tierJustification", "Only a small beta audience sees answers, each reviewed."));
      executeJobs();

      assertThatThrownBy(() -> complete("demo-procurement", task(instance), Map.of("reductionDecision", "APPROVE")))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("another manager must decide");
      assertThat(instance).isWaitingAt(ProcurementLifecycle.APPROVE_REDUCTION);
    } finally {
      engine.getIdentityService().deleteMembership("demo-procurement", "managers");
    }
  }

  @Test
  void aCompletionMaySetOnlyTheFieldsOfItsForm() {
    ProcessInstance instance = start(Intakes.customerSupportBot());

    assertThatThrownBy(() -> complete("demo-procurement", task(instance), Map.of("confirmedTier", "HIGH", "tierChange", "LOWERED")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("not fields of this form: [tierChange]");
    assertThatThrownBy(() -> as("demo-procurement", () -> engine.getTaskService().complete(task(instance).getId(),
        Map.of("riskTier", "LOW"))))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("riskTier");
    assertThat(instance).isWaitingAt(ProcurementLifecycle.CONFIRM_TIER).variables().containsEntry("riskTier", "HIGH");
  }

  @Test
  void anInvalidIntakeStartsNothing() {
    long before = procurements.count();
    Map<String, Object> intake = Intakes.customerSupportBot();
    intake.remove("vendor");
    intake.put("expectedUsers", -3);

    assertThatThrownBy(() -> start(intake)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("vendor: is required").hasMessageContaining("expectedUsers: must not be negative");
    assertThat(procurements.count()).isEqualTo(before);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProcurementLifecycle.KEY)
        .variableValueEquals("title", intake.get("title")).count()).isZero();
  }

  private Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }
}
