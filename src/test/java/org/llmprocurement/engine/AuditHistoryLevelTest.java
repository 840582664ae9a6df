package org.llmprocurement.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
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
        .contains("reviewRole", "procurementId", "reviewPackages")
        .doesNotContain("reviewPackage", "loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");
  }
}
