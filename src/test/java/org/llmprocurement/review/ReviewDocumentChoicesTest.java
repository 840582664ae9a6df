package org.llmprocurement.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.llmprocurement.documents.DocumentChoices;
import org.llmprocurement.guard.Values;

/**
 * A review row's document fields offer the procurement's uploaded documents by name and version
 * (task-local {@code documentChoices}), refreshed on the open review tasks when a document is
 * uploaded, while the guard still refuses a document id from elsewhere naming the row.
 */
class ReviewDocumentChoicesTest extends ReviewTest {

  @Test
  void theRowsOfferTheUploadedDocumentsByNameAndVersionAndANewUploadIsOfferedAtOnce() {
    Task task = fixture.firstPackageTask(packaging, "security");
    assertThat(choices(task)).containsExactlyInAnyOrder(
        Map.of("label", "MSA \u201cMaster services agreement\u201d v1 \u00b7 Master-services-agreement.pdf", "value", fixture.msa),
        Map.of("label", "DPA \u201cData processing agreement\u201d v1 \u00b7 Data-processing-agreement.pdf", "value", fixture.dpa),
        Map.of("label", "EVIDENCE \u201cSOC 2 Type II report\u201d v1 \u00b7 SOC-2-Type-II-report.pdf", "value", fixture.evidence));

    long dpa2 = fixture.upload("DPA", "Data processing agreement", null);

    assertThat(choices(task)).as("the open task offers the new version at once, the old one marked")
        .contains(Map.of("label", "DPA \u201cData processing agreement\u201d v2 \u00b7 Data-processing-agreement.pdf", "value", dpa2),
            Map.of("label", "DPA \u201cData processing agreement\u201d v1 \u00b7 Data-processing-agreement.pdf (superseded)",
                "value", fixture.dpa));
    for (Task other : fixture.tasks("legal")) {
      assertThat(choices(other)).as("every open review task of the procurement").extracting(c -> c.get("value")).contains(dpa2);
    }
    assertThat(Values.plainValue(formValue(task, "documents")).toString())
        .as("the document list at the top of the form").contains("v2 (#" + dpa2 + ")");
    assertThat(engine.getTaskService().getVariablesLocal(task.getId()))
        .as("the form's view is worked out when read; nothing of it is stored on the task")
        .doesNotContainKeys(DocumentChoices.VARIABLE, "documents", "items", "packageTitle", "tier");
  }

  @Test
  void aDocumentIdNotOfThisProcurementIsRefusedNamingTheRow() {
    Task task = fixture.firstPackageTask(packaging, "security");
    List<Map<String, Object>> rows = fixture.rows(task).stream().map(fixture::met).toList();
    String first = (String) rows.get(0).get("requirementId");
    rows.get(0).put("documentId", 987_654_321L);
    assertThatThrownBy(() -> fixture.submit("demo-security", task, rows))
        .hasMessageContaining(first + ": documentId #987654321 is not a document of this procurement");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> choices(Task task) {
    Object value = Values.plainValue(formValue(task, DocumentChoices.VARIABLE));
    return ((List<Map<String, Object>>) value).stream()
        .map(c -> Map.<String, Object>of("label", c.get("label"), "value", ((Number) c.get("value")).longValue())).toList();
  }

  /** A value of the task's form as Tasklist reads it (GET /task/{id}/form-variables). */
  private org.camunda.bpm.engine.variable.value.TypedValue formValue(Task task, String name) {
    return engine.getFormService().getTaskFormVariables(task.getId(), List.of(name), false).getValueTyped(name);
  }
}
