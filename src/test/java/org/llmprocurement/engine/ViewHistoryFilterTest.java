package org.llmprocurement.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.task.Task;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A review task's form view (its {@code items} JSON) is stored once, as the open task's variable,
 * while the history people audit (the task, the procurement's variables) is written as before.
 */
class ViewHistoryFilterTest extends IntegrationTest {

  @Autowired
  CatalogueService catalogue;

  @Test
  void aReviewTasksViewLeavesNoHistoryButTheTaskAndTheProcurementsVariablesDo() {
    ReviewFixture fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    Task task = fixture.tasks("security").get(0);
    var view = engine.getRuntimeService().createVariableInstanceQuery().taskIdIn(task.getId()).variableName("items")
        .singleResult();
    assertThat(view).as("the reviewer's form still gets its rows").isNotNull();
    assertThat(fixture.rows(task)).isNotEmpty();

    var history = engine.getHistoryService();
    assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(task.getId()).variableName("items").count())
        .as("no historic copy of the view").isZero();
    assertThat(history.createHistoricDetailQuery().variableInstanceId(view.getId()).count())
        .as("no historic update record of the view").isZero();

    assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).count()).as("the task's history").isOne();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(fixture.processInstanceId).count())
        .as("the procurement's own variables keep their history").isPositive();
    assertThat(engine.getManagementService().getHistoryLevel())
        .as("still history level full for an existing database and Cockpit").isEqualTo(3);
  }
}
