package org.llmprocurement.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.support.Api;

/** What the exit tests fill in: each step's checklist, complete unless a test changes it. */
final class ExitFixture {

  static final String CHECKSUMS = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b  content/tickets.jsonl\n"
      + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  logs/requests-2026.jsonl";

  private ExitFixture() {}

  static Map<String, Object> freeze(Object successor, String noSuccessorReason) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("plannedCutOver", EngineClock.today().plusDays(20).toString());
    v.put("successorContractId", successor);
    v.put("noSuccessorReason", noSuccessorReason);
    v.put("usersInformed", true);
    return v;
  }

  static Map<String, Object> exportRequest() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("exportItems", JsonViews.json(List.of("DATA", "LOGS", "CONFIGURATIONS", "METADATA")));
    v.put("fineTunedArtefactsOurs", false);
    v.put("exportFormat", "JSON Lines and YAML");
    v.put("requestSentOn", EngineClock.today().toString());
    v.put("vendorRequestReference", "VEND-EXPORT-1");
    return v;
  }

  static Map<String, Object> verified() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("outcome", "VERIFIED");
    v.put("itemsReceived", JsonViews.json(List.of("DATA", "LOGS", "CONFIGURATIONS", "METADATA")));
    v.put("readableInAgreedFormat", true);
    v.put("checksums", CHECKSUMS);
    return v;
  }

  static Map<String, Object> failed(String reason) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("outcome", "FAILED");
    v.put("itemsReceived", JsonViews.json(List.of("DATA", "LOGS")));
    v.put("readableInAgreedFormat", false);
    v.put("failureReason", reason);
    return v;
  }

  static Map<String, Object> go() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("decision", "GO");
    v.put("cutOverOn", EngineClock.today().toString());
    v.put("workloadsMoved", true);
    return v;
  }

  static Map<String, Object> noGo(int days, String reason) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("decision", "NO_GO");
    v.put("newCutOverDate", EngineClock.today().plusDays(days).toString());
    v.put("reason", reason);
    return v;
  }

  static Map<String, Object> inventoryComplete(String note) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("inventoryComplete", true);
    v.put("note", note);
    return v;
  }

  static Map<String, Object> revoked() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("revoked", true);
    v.put("revokedOn", EngineClock.today().toString());
    v.put("revocationEvidence", "Key deleted in the vendor console, ticket IT-4711, audit log checked");
    return v;
  }

  static Map<String, Object> deletionRequest() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("deletionScope", JsonViews.json(List.of("CONTENT", "LOGS", "BACKUPS", "EMBEDDINGS", "CACHES", "SUBPROCESSORS")));
    v.put("requestSentOn", EngineClock.today().toString());
    v.put("vendorRequestReference", "VEND-DEL-1");
    return v;
  }

  static Map<String, Object> certificate(long documentId, List<String> covers) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("outcome", covers.size() == 6 ? "COMPLETE" : "INCOMPLETE");
    v.put("certificateDocumentId", documentId);
    v.put("certificateCovers", JsonViews.json(covers));
    v.put("backupsExpireOn", EngineClock.today().plusDays(35).toString());
    return v;
  }

  static final List<String> ALL_SCOPES = List.of("CONTENT", "LOGS", "BACKUPS", "EMBEDDINGS", "CACHES", "SUBPROCESSORS");

  /** Starts the exit through the Tasklist start form as the user. */
  static ProcessInstance startAs(ProcessEngine engine, String user, long contractId, String reason) {
    VariableMap variables = Variables.createVariables().putValue("contractId", contractId).putValue("exitReason", reason);
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ContractExitProcess.KEY).latestVersion().singleResult().getId();
    var identity = engine.getIdentityService();
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList());
    AtomicReference<ProcessInstance> started = new AtomicReference<>();
    try {
      started.set(engine.getFormService().submitStartForm(definitionId, variables));
    } finally {
      identity.clearAuthentication();
    }
    return started.get();
  }

  static long uploadCertificate(Api api, long procurementId, String title) {
    Api.Response uploaded = api.upload("/api/procurements/" + procurementId + "/documents", "demo-procurement",
        Map.of("type", "OTHER", "title", title), new Api.FilePart("file", "deletion-certificate.pdf", "application/pdf",
            ("%PDF-1.7\n" + title + System.nanoTime()).getBytes(StandardCharsets.UTF_8)));
    assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    return uploaded.json().get("id").asLong();
  }

  static Task task(ProcessEngine engine, ProcessInstance instance, String activityId) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(activityId).list();
    assertThat(tasks).as("one open task at " + activityId).hasSize(1);
    return tasks.get(0);
  }
}
