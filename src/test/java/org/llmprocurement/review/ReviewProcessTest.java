package org.llmprocurement.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the clause review, driven as the reviewers and approvers would drive it. */
class ReviewProcessTest extends IntegrationTest {

  @Autowired
  CatalogueService catalogue;

  @Autowired
  ReviewService review;

  ReviewFixture fixture;

  @BeforeEach
  void startReview() {
    fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
  }

  private ProcessInstance lifecycle() {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(fixture.processInstanceId).singleResult();
  }

  @Test
  void everyRoleGetsItsOwnTasksWithOneRowPerOwnedRequirement() {
    assertThat(lifecycle()).isWaitingAt("CallActivity_ReviewItClauses", "CallActivity_ReviewSecurityClauses",
        "CallActivity_ReviewLegalClauses", "CallActivity_ReviewDataGovernanceClauses", "CallActivity_ReviewProcurementClauses");
    long items = review.items(fixture.procurementId).size();
    assertThat(items).isEqualTo(catalogue.forTier("HIGH").size());
    int rows = 0;
    for (String role : ReviewService.ROLES) {
      assertThat(fixture.tasks(role)).as(role + " has review tasks").isNotEmpty();
      for (var task : fixture.tasks(role)) {
        assertThat(task.getName()).startsWith("Review ");
        assertThat(task.getDueDate()).isNotNull();
        var taskRows = fixture.rows(task);
        assertThat(taskRows).allSatisfy(row -> assertThat(catalogue.requirement((String) row.get("requirementId")).orElseThrow()
            .ownerRole().key()).isEqualTo(role));
        rows += taskRows.size();
      }
    }
    assertThat(rows).as("every item appears in exactly one row").isEqualTo((int) items);
  }

  @Test
  void allMetEndsReadyForSignOff() {
    fixture.reviewAll((role, row) -> fixture.met(row));
    executeJobs();

    assertThat(review.items(fixture.procurementId)).filteredOn(i -> i.getStatus() != ReviewStatus.MET)
        .extracting(i -> i.getRequirementId() + " " + i.getStatus() + " " + i.getFinding()).isEmpty();
    assertThat(lifecycle()).isNull();
    var ended = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(fixture.processInstanceId)
        .activityId(ReviewProcess.END_READY).count();
    assertThat(ended).isOne();
    assertThat(review.latestOutcome(fixture.procurementId).orElseThrow().getOutcome()).isEqualTo(ReviewOutcome.Outcome.READY_FOR_SIGN_OFF);
    assertThat(review.items(fixture.procurementId)).allSatisfy(item -> {
      assertThat(item.getStatus()).as(item.getRequirementId() + " " + item.getFinding()).isEqualTo(ReviewStatus.MET);
      assertThat(item.getDecidedBy()).isNotNull();
      assertThat(item.getDecidedAt()).isNotNull();
    });
  }
}
