package org.llmprocurement.notices.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.notices.VendorNotice;

/**
 * The Tasklist start forms that record change notices by hand: the notice is stored as the API
 * would store it (source MANUAL, who recorded it, from which e-mail) and its handling process
 * starts; a start with problems names every one and stores nothing.
 */
class RecordChangeNoticeTest extends ChangeNoticeTest {

  /** Submits the start form as the user; lists as JSON, as form-js sends them, and blank fields as "". */
  private ProcessInstance startAs(String user, String key, Map<String, Object> values) {
    VariableMap variables = Variables.createVariables();
    values.forEach((name, value) -> variables.putValue(name, value instanceof List<?> ? JsonViews.json(value) : value));
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult().getId();
    AtomicReference<ProcessInstance> started = new AtomicReference<>();
    as(user, () -> started.set(engine.getFormService().submitStartForm(definitionId, variables)));
    return started.get();
  }

  private Map<String, Object> envelope() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("contract", contract.getBusinessKey());
    values.put("receivedFromEmail", "changes@vendor.example");
    values.put("vendorNoticeId", "");
    values.put("description", "");
    return values;
  }

  private List<VendorNotice> stored() {
    return notices.ofContract(contract.getId());
  }

  @Test
  void aModelChangeFoundWithoutNoticeIsRecordedByHandAndHandled() {
    Map<String, Object> values = envelope();
    values.put("kind", "SAFETY_POLICY_CHANGE");
    values.put("modelName", "assist-large");
    values.put("currentVersion", "");
    values.put("newVersion", "");
    values.put("effectiveDate", "2027-01-04");
    values.put("discoveredWithoutNotice", true);
    values.put("announcedAt", null);

    ProcessInstance recording = startAs("demo-it", ChangeProcesses.RECORD_MODEL_KEY, values);
    executeJobs();

    assertThat(recording).isEnded();
    assertThat(recording.getBusinessKey()).isEqualTo(contract.getBusinessKey());
    VendorNotice notice = stored().get(0);
    assertThat(notice.getSource()).isEqualTo(VendorNotice.Source.MANUAL);
    assertThat(notice.getRecordedBy()).isEqualTo("demo-it");
    assertThat(notice.getRecordedFromEmail()).isEqualTo("changes@vendor.example");
    assertThat(notice.payload().get("kind").asText()).isEqualTo("SAFETY_POLICY_CHANGE");
    ProcessInstance handling = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ChangeProcesses.MODEL_KEY).processInstanceBusinessKey(contract.getBusinessKey()).singleResult();
    assertThat(handling).isWaitingAt(ChangeProcesses.ASSESS_MODEL);
    assertThat(changes.ofNotice(notice.getId()).orElseThrow().getNoticeFinding()).isEqualTo("UNANNOUNCED_CHANGE");
  }

  @Test
  void aSubprocessorAndARegionChangeAreRecordedFromTheirStartForms() {
    Map<String, Object> subprocessor = envelope();
    subprocessor.put("change", "ADDED");
    subprocessor.put("name", "Vector Store Inc");
    subprocessor.put("location", "us");
    subprocessor.put("dataCategories", List.of("PERSONAL"));
    subprocessor.put("replaces", "");
    subprocessor.put("effectiveDate", "2027-03-01");
    subprocessor.put("discoveredWithoutNotice", false);
    subprocessor.put("announcedAt", "2027-01-08");
    Map<String, Object> region = envelope();
    region.put("dataTypes", List.of("LOGS"));
    region.put("storageRegions", List.of());
    region.put("processingRegions", List.of("US"));
    region.put("supportAccessRegions", List.of());
    region.put("effectiveDate", "2027-04-01");
    region.put("discoveredWithoutNotice", false);
    region.put("announcedAt", "2027-01-08");

    startAs("demo-legal", ChangeProcesses.RECORD_SUBPROCESSOR_KEY, subprocessor);
    // both recorded before any handling job runs: each keeps its own notice
    startAs("demo-data-governance", ChangeProcesses.RECORD_REGION_KEY, region);
    executeJobs();

    assertThat(stored()).extracting(VendorNotice::getRecordedBy).containsExactlyInAnyOrder("demo-legal", "demo-data-governance");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ChangeProcesses.SUBPROCESSOR_KEY)
        .processInstanceBusinessKey(contract.getBusinessKey()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ChangeProcesses.REGION_KEY)
        .processInstanceBusinessKey(contract.getBusinessKey()).count()).isEqualTo(1);
  }

  @Test
  void aStartWithProblemsNamesEveryOneAndStoresNothing() {
    Map<String, Object> values = envelope();
    values.put("receivedFromEmail", "not an address");
    values.put("kind", "VERSION_REPLACEMENT");
    values.put("modelName", "assist-large");
    values.put("currentVersion", "");
    values.put("newVersion", "");
    values.put("effectiveDate", "2027-03-01");
    values.put("discoveredWithoutNotice", false);
    values.put("announcedAt", null);

    assertThatThrownBy(() -> startAs("demo-procurement", ChangeProcesses.RECORD_MODEL_KEY, values))
        .hasMessageContaining("receivedFromEmail: required, the e-mail address the notice came from")
        .hasMessageContaining("payload.newVersion: required")
        .hasMessageContaining("payload.announcedAt: required");
    assertThat(stored()).isEmpty();
  }
}
