package org.llmprocurement.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormView;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.intake.ProcurementRepository;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.stereotype.Component;

/**
 * The procurement's documents as the choices of a Camunda Form select: the JSON form value
 * {@value #VARIABLE}, a list of {@code {"label": "DPA v2 · dpa-acme.pdf", "value": 17}}, every
 * version of every document (families in type then title order, newest version first; an older
 * version is marked "superseded"). A form's select reads it with {@code "valuesKey": "documentChoices"}
 * (form-js takes the options from the form's input data, also inside a dynamic list's rows) and
 * submits the chosen option's value, the document id, which the task's guard checks as before.
 *
 * <p>A {@link TaskFormView} of the tasks of {@link #TASKS}: worked out each time their form is read,
 * never stored, so a document uploaded while a review is open is offered at once.
 */
@Component
public class DocumentChoices implements TaskFormView {

  /** The form value the forms' document selects read. */
  public static final String VARIABLE = "documentChoices";

  /**
   * The user tasks (task definition keys) whose forms choose a document of the procurement: clause
   * review rows, the vendor's answers in a negotiation round, the vendor's deletion confirmation
   * during the term and the deletion certificate of an exit.
   */
  public static final Set<String> TASKS = Set.of("UserTask_ReviewClauses", "UserTask_RecordVendorAnswers",
      "UserTask_ConfirmVendorDeletion", "UserTask_VerifyDeletionCertificate");

  private final DocumentService documents;
  private final ProcurementRepository procurements;

  DocumentChoices(DocumentService documents, ProcurementRepository procurements) {
    this.documents = documents;
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

  /** The choices of the task's procurement when the task is one of {@link #TASKS}; otherwise none. */
  @Override
  public Map<String, Object> values(DelegateTask task) {
    if (!TASKS.contains(task.getTaskDefinitionKey())) {
      return Map.of();
    }
    // the procurement's own processes carry its id; the contract's (evidence, deletion, exit) its business key
    Long procurementId = ProcurementLifecycle.PROCUREMENT_ID.from(task).getOptional().orElseGet(() -> {
      String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
      return businessKey == null ? null : procurements.findByBusinessKey(businessKey).map(Procurement::getId).orElse(null);
    });
    return procurementId == null ? Map.of() : Map.of(VARIABLE, JsonViews.json(options(procurementId)));
  }
}
