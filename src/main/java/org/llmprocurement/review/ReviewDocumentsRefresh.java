package org.llmprocurement.review;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.llmprocurement.documents.DocumentStored;
import org.llmprocurement.engine.SystemAccess;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After an upload committed, the open "Review clauses" tasks of that procurement show the new
 * document list at the top of the form (the {@code documents} text; the rows' choices are
 * {@link org.llmprocurement.documents.DocumentChoices}'). A task completed meanwhile is skipped.
 */
@Component
class ReviewDocumentsRefresh {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewDocumentsRefresh.class);

  private final ReviewForms forms;
  private final TaskService tasks;
  private final IdentityService identity;

  ReviewDocumentsRefresh(ReviewForms forms, @Lazy TaskService tasks, @Lazy IdentityService identity) {
    this.forms = forms;
    this.tasks = tasks;
    this.identity = identity;
  }

  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void documentStored(DocumentStored stored) {
    // as the application: the uploader need not see the review tasks
    SystemAccess.withoutAuthorization(identity, () -> refresh(stored));
  }

  private Void refresh(DocumentStored stored) {
    var text = JsonViews.json(forms.documentList(stored.procurementId()));
    for (Task task : tasks.createTaskQuery().processDefinitionKey(ClauseReviewProcess.KEY)
        .taskDefinitionKey(ClauseReviewProcess.REVIEW_CLAUSES)
        .processVariableValueEquals(ProcurementLifecycle.PROCUREMENT_ID.getName(), stored.procurementId()).list()) {
      try {
        tasks.setVariableLocal(task.getId(), "documents", text);
      } catch (ProcessEngineException e) {
        LOG.warn("document list of task {} not refreshed: {}", task.getId(), e.getMessage());
      }
    }
    return null;
  }
}
