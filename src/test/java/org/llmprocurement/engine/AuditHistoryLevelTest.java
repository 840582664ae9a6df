package org.llmprocurement.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a review task shows is never stored (its rows and documents are worked out when the form is
 * read) or stored once, at runtime (the procurement's labels, Tasklist's columns), as is the review's
 * multi-instance bookkeeping, while the history people audit (the task, the procurement's and the
 * role review's own variables) is written as before.
 */
class AuditHistoryLevelTest extends IntegrationTest {

  @Autowired
  CatalogueService catalogue;

  @Test
  void aReviewTasksViewsAndLabelsLeaveNoHistoryButTheTaskAndTheProcurementsVariablesDo() {
    ReviewFixture fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    Task task = fixture.tasks("security").get(0);
    var runtime = engine.getRuntimeService();
    assertThat(runtime.createVariableInstanceQuery().taskIdIn(task.getId()).variableNameIn("items", "documents", "documentChoices")
        .count()).as("the form's rows and documents are worked out when read, not stored").isZero();
    assertThat(fixture.rows(task)).as("the reviewer's form still gets its rows").isNotEmpty();
    assertThat(runtime.createVariableInstanceQuery().taskIdIn(task.getId()).variableNameIn("vendor", "product", "procurement")
        .count()).as("Tasklist's columns still get their labels").isEqualTo(3);

    var history = engine.getHistoryService();
    assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(task.getId()).count())
        .as("no historic copy of any of the task's own variables").isZero();
    assertThat(history.createHistoricDetailQuery().processInstanceId(task.getProcessInstanceId()).variableUpdates().list())
        .as("no historic update record of the task's labels")
        .noneMatch(d -> task.getId().equals(d.getTaskId()));

    assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).count()).as("the task's history").isOne();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(fixture.processInstanceId)
        .variableName("riskTier").count()).as("the procurement's own variables keep their history").isOne();
    assertThat(engine.getManagementService().getHistoryLevel())
        .as("still history level full for an existing database and Cockpit").isEqualTo(3);
  }

  @Test
  void theRoleReviewKeepsItsOwnVariablesButNotTheMultiInstanceCountersOrThePackageItIterates() {
    ReviewFixture fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    Task task = fixture.tasks("security").get(0);
    String roleReview = task.getProcessInstanceId();
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(roleReview)
        .variableNameIn("reviewPackage", "loopCounter", "nrOfInstances").count())
        .as("the engine still has its multi-instance variables").isPositive();

    List<String> names = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(roleReview)
        .list().stream().map(HistoricVariableInstance::getName).toList();
    assertThat(names).as("the role review's routing data keep their history")
        .contains("reviewRole", "procurementId")
        .doesNotContain("reviewPackages", "reviewPackage", "loopCounter", "nrOfInstances", "nrOfActiveInstances",
            "nrOfCompletedInstances");
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(roleReview)
        .variableName("reviewPackages").count())
        .as("the collection it iterated was handed over transient: not stored").isZero();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(roleReview).count())
        .as("yet every package became a task").isEqualTo(fixture.tasks("security").size());
    assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(roleReview).variableUpdates().list())
        .as("nor an update record of the packages' JSON (it was stored three times)")
        .noneMatch(d -> "reviewPackages".equals(((HistoricVariableUpdate) d).getVariableName()));
  }

  @Test
  void routingAndScopesLeaveNoActivityHistoryButTasksCallsAndEndsDo() {
    ReviewFixture fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    Task task = fixture.tasks("security").get(0);
    var history = engine.getHistoryService();
    List<String> roleReview = history.createHistoricActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .list().stream().map(HistoricActivityInstance::getActivityType).toList();
    assertThat(roleReview).as("the reviewer's task and the preparation keep their rows")
        .contains("userTask", "serviceTask")
        .doesNotContain("startEvent", "subProcess", "multiInstanceBody");
    List<String> main = history.createHistoricActivityInstanceQuery().processInstanceId(fixture.processInstanceId)
        .list().stream().map(HistoricActivityInstance::getActivityType).toList();
    assertThat(main).as("the procurement's record: the tier decision, the confirmation, the role reviews")
        .contains("businessRuleTask", "userTask", "callActivity")
        .doesNotContain("startEvent", "exclusiveGateway", "parallelGateway");
  }

  /**
   * A process variable's creation writes no detail (its historic instance holds the value); its first
   * change writes the value it had, from the historic instance, and then the new one, so every value
   * is recorded once and in order, byte arrays included. A throwaway model, removed after the test.
   */
  @Test
  void aVariableIsStoredOnceUntilItChangesThenEveryValueIsRecordedInOrder() {
    var model = Bpmn.createExecutableProcess("auditVariableProbe").name("Probe variable history").startEvent()
        .userTask("UserTask_Wait").name("Wait").endEvent().done();
    var deployment = engine.getRepositoryService().createDeployment().name("audit variable probe")
        .addModelInstance("audit-variable-probe.bpmn", model).deploy();
    try {
      var runtime = engine.getRuntimeService();
      String instance = runtime.startProcessInstanceByKey("auditVariableProbe", Variables.createVariables()
          .putValue("round", 1).putValue("unchanged", "kept").putValue("evidence", "first".getBytes())).getId();
      var history = engine.getHistoryService();
      assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().count())
          .as("three variables created: no detail repeats their historic instances").isZero();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isEqualTo(3);

      runtime.setVariable(instance, "round", 2);
      runtime.setVariable(instance, "round", 3);
      runtime.setVariable(instance, "evidence", "second".getBytes());

      assertThat(valuesRecorded(instance, "round")).as("the first value, written at the first change, then each change")
          .containsExactly(1, 2, 3);
      assertThat(valuesRecorded(instance, "evidence")).extracting(v -> new String((byte[]) v))
          .as("a byte array's first value is copied too").containsExactly("first", "second");
      assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().count())
          .as("details only for the two that changed: 2 + 3 values").isEqualTo(5);
      assertThat(valuesRecorded(instance, "unchanged")).as("a value that never changed: its historic instance")
          .containsExactly("kept");
      var round = history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("round").singleResult();
      assertThat(round.getValue()).isEqualTo(3);
      var first = (HistoricVariableUpdate) history.createHistoricDetailQuery().variableInstanceId(round.getId())
          .orderPartiallyByOccurrence().asc().list().get(0);
      assertThat(first.getTime()).as("the first value keeps the time it was set").isEqualTo(round.getCreateTime());
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  /** Set and changed twice in one transaction: still each value once, in order. */
  @Test
  void aVariableChangedTwiceInOneTransactionKeepsEachValueOnce() {
    var model = Bpmn.createExecutableProcess("auditVariableTwiceProbe").name("Probe two changes").startEvent()
        .serviceTask("ServiceTask_SecondRound").name("Second round").camundaExpression("${execution.setVariable('round', 2)}")
        .serviceTask("ServiceTask_ThirdRound").name("Third round").camundaExpression("${execution.setVariable('round', 3)}")
        .userTask("UserTask_Wait").name("Wait").endEvent().done();
    var deployment = engine.getRepositoryService().createDeployment().name("audit variable twice probe")
        .addModelInstance("audit-variable-twice-probe.bpmn", model).deploy();
    try {
      String instance = engine.getRuntimeService().startProcessInstanceByKey("auditVariableTwiceProbe",
          Variables.createVariables().putValue("round", 1L)).getId();
      assertThat(valuesRecorded(instance, "round")).as("created, changed and changed again before one commit")
          .containsExactly(1L, 2L, 3L);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  /**
   * The one plain end of each instance of a multi-instance subprocess (clause review's review package)
   * leaves no row; the ends of a process, of a single subprocess and of a multi-instance subprocess
   * with two outcomes keep theirs. A throwaway model, removed with its history after the test.
   */
  @Test
  void onlyTheOnePlainEndOfAMultiInstanceSubprocessLeavesNoRow() {
    var model = Bpmn.createExecutableProcess("auditEndEventProbe").name("Probe end events").startEvent()
        .subProcess("SubProcess_Each").multiInstance().cardinality("2").parallel().<org.camunda.bpm.model.bpmn.builder.SubProcessBuilder>multiInstanceDone()
        .embeddedSubProcess().startEvent().endEvent("EndEvent_EachDone").subProcessDone()
        .subProcess("SubProcess_Outcomes").multiInstance().cardinality("2").<org.camunda.bpm.model.bpmn.builder.SubProcessBuilder>multiInstanceDone()
        .embeddedSubProcess().startEvent().exclusiveGateway("Gateway_Outcome")
        .condition("reported", "${true}").endEvent("EndEvent_Reported")
        .moveToNode("Gateway_Outcome").condition("escalated", "${false}").endEvent("EndEvent_Escalated")
        .subProcessDone()
        .subProcess("SubProcess_Once").embeddedSubProcess().startEvent().endEvent("EndEvent_OnceDone").subProcessDone()
        .endEvent("EndEvent_ProbeDone").done();
    var deployment = engine.getRepositoryService().createDeployment().name("audit end event probe")
        .addModelInstance("audit-end-event-probe.bpmn", model).deploy();
    try {
      String instance = engine.getRuntimeService().startProcessInstanceByKey("auditEndEventProbe").getId();
      List<String> ends = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance)
          .activityType("noneEndEvent").list().stream().map(HistoricActivityInstance::getActivityId).toList();
      assertThat(ends).as("each instance's one plain end is bookkeeping; outcomes and process ends are kept")
          .containsExactlyInAnyOrder("EndEvent_Reported", "EndEvent_Reported", "EndEvent_OnceDone", "EndEvent_ProbeDone");
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void jobsThatRanLeaveNoLogButAFailureWould() {
    ReviewFixture fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    assertThat(fixture.tasks("security")).as("the asynchronous steps of the start and the tier confirmation ran").isNotEmpty();
    assertThat(engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(fixture.processInstanceId).count())
        .as("and left no job log").isZero();
    var level = new AuditHistoryLevel.FullForAudit(java.util.Map.of());
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_FAIL, null)).as("a failure keeps its record").isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_SUCCESS, null)).isFalse();
  }

  /**
   * A job that really fails keeps its job log (the exception an operator reads in Cockpit) and, when
   * its retries are used up, its incident; its creation is not logged. A throwaway model, deployed
   * for this test and removed with its instances and history after it.
   */
  @Test
  void aJobThatFailsKeepsItsLogWithTheExceptionAndItsIncident() {
    var model = Bpmn.createExecutableProcess("auditJobFailureProbe").name("Probe a failing job")
        .startEvent().serviceTask("ServiceTask_FailOnPurpose").name("Fail on purpose").camundaAsyncBefore()
        .camundaExpression("${probe.missingMethod()}").endEvent().done();
    var deployment = engine.getRepositoryService().createDeployment().name("audit job failure probe")
        .addModelInstance("audit-job-failure-probe.bpmn", model).deploy();
    try {
      String instance = engine.getRuntimeService().startProcessInstanceByKey("auditJobFailureProbe",
          Variables.createVariables().putValue("probe", "a string has no missingMethod")).getId();
      var management = engine.getManagementService();
      for (int attempt = 0; attempt < 3; attempt++) {
        String jobId = management.createJobQuery().processInstanceId(instance).singleResult().getId();
        assertThatThrownBy(() -> management.executeJob(jobId)).as("attempt %d fails", attempt + 1);
      }
      var log = engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(instance).list();
      assertThat(log).as("one record per failed attempt, nothing for the job's creation").hasSize(3)
          .allSatisfy(entry -> {
            assertThat(entry.isFailureLog()).isTrue();
            assertThat(entry.getJobExceptionMessage()).as("the reason an operator reads").contains("missingMethod");
            assertThat(engine.getHistoryService().getHistoricJobLogExceptionStacktrace(entry.getId())).isNotBlank();
          });
      assertThat(engine.getHistoryService().createHistoricIncidentQuery().processInstanceId(instance).list())
          .as("the retries are used up: the incident is kept").hasSize(1)
          .allSatisfy(incident -> assertThat(incident.getActivityId()).isEqualTo("ServiceTask_FailOnPurpose"));
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }
}
