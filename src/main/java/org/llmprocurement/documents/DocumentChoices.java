package org.llmprocurement.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.llmprocurement.engine.SystemAccess;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskCreatedHook;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.intake.ProcurementRepository;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The procurement's documents as the choices of a Camunda Form select: the task-local JSON variable
 * {@value #VARIABLE}, a list of {@code {"label": "DPA v2 · dpa-acme.pdf", "value": 17}}, every
 * version of every document (families in type then title order, newest version first; an older
 * version is marked "superseded"). A form's select reads it with {@code "valuesKey": "documentChoices"}
 * (form-js takes the options from the form's input data, also inside a dynamic list's rows) and
 * submits the chosen option's value, the document id, which the task's guard checks as before.
 *
 * <p>Written when a task of {@link #TASKS} is created, and again for the open ones of that
 * procurement after every upload ({@link DocumentStored}), so a document uploaded while a review
 * is open is offered without recreating the task.
 */
@Component
public class DocumentChoices implements TaskCreatedHook {

  /** The task-local variable the forms' document selects read. */
  public static final String VARIABLE = "documentChoices";

  /**
   * The user tasks (task definition keys) whose forms choose a document of the procurement: clause
   * review rows, the vendor's answers in a negotiation round, the vendor's deletion confirmation
   * during the term and the deletion certificate of an exit.
   */
  public static final Set<String> TASKS = Set.of("UserTask_ReviewClauses", "UserTask_RecordVendorAnswers",
      "UserTask_ConfirmVendorDeletion", "UserTask_VerifyDeletionCertificate");

  private static final Logger LOG = LoggerFactory.getLogger(DocumentChoices.class);

  private final DocumentService documents;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ProcurementRepository procurements;

  DocumentChoices(DocumentService documents, @Lazy TaskService tasks, @Lazy IdentityService identity,
      ProcurementRepository procurements) {
    this.documents = documents;
    this.tasks = tasks;
    this.identity = identity;
    this.procurements = procurements;
  }

  /** The choices for a procurement: label and document id, in {@link DocumentService#list} order. */
  public List<Map<String, Object>> options(long procurementId) {
    List<Map<String, Object>> options = new ArrayList<>();
    DocumentInfo previous = null;
    for (DocumentInfo document : documents.list(procurementId)) {
      boolean latest = previous == null || !previous.sameFamily(document);
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("label", label(document, latest));
      option.put("value", document.id());
      options.add(option);
      previous = document;
    }
    return options;
  }

  /**
   * "DPA v2 · dpa-acme.pdf"; the title is added when it is not just the type ("MSA “Master
   * agreement” v3 · msa.pdf"), and " (superseded)" when a later version exists.
   */
  public static String label(DocumentInfo document, boolean latest) {
    String title = document.title().equals(document.type().name()) ? "" : " \u201c" + document.title() + "\u201d";
    return document.type().name() + title + " v" + document.version() + " \u00b7 " + document.fileName()
        + (latest ? "" : " (superseded)");
  }

  @Override
  public void taskCreated(DelegateTask task) {
    if (!TASKS.contains(task.getTaskDefinitionKey())) {
      return;
    }
    // the procurement's own processes carry its id; the contract's (evidence, deletion, exit) its business key
    Long procurementId = ProcurementLifecycle.PROCUREMENT_ID.from(task).getOptional().orElseGet(() -> {
      String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
      return businessKey == null ? null : procurements.findByBusinessKey(businessKey).map(Procurement::getId).orElse(null);
    });
    if (procurementId != null) {
      task.setVariableLocal(VARIABLE, JsonViews.json(options(procurementId)));
    }
  }

  /**
   * After an upload committed: the open tasks of {@link #TASKS} of that procurement get the new
   * choices. A task completed meanwhile is skipped; a failure is logged and never undoes the upload.
   */
  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void documentStored(DocumentStored stored) {
    refresh(stored.procurementId());
  }

  /**
   * Rewrites the choices of the open tasks of {@link #TASKS} of the procurement; returns how many.
   * Runs as the application (the uploader need not see those tasks): it writes only what the
   * application derives from the stored documents.
   */
  public int refresh(long procurementId) {
    return SystemAccess.withoutAuthorization(identity, () -> write(procurementId));
  }

  private int write(long procurementId) {
    Procurement procurement = procurements.findById(procurementId).orElse(null);
    if (procurement == null) {
      return 0;
    }
    var json = JsonViews.json(options(procurementId));
    int refreshed = 0;
    // every process of a procurement, its contract's included, runs under the procurement's business key
    for (Task task : tasks.createTaskQuery().taskDefinitionKeyIn(TASKS.toArray(String[]::new))
        .processInstanceBusinessKey(procurement.getBusinessKey()).list()) {
      try {
        tasks.setVariableLocal(task.getId(), VARIABLE, json);
        refreshed++;
      } catch (ProcessEngineException e) {
        LOG.warn("document choices of task {} not refreshed: {}", task.getId(), e.getMessage());
      }
    }
    return refreshed;
  }
}
