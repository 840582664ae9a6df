package org.llmprocurement.exit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.notices.NoticeFixture;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorNotices;
import org.llmprocurement.review.ReviewDecisions;
import org.llmprocurement.review.ReviewItem;
import org.llmprocurement.support.Api;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The full-record export over REST: a contract with a history (intake, a checklist decision, a
 * register amendment, a vendor notice, an uploaded document) downloads as a ZIP whose files say
 * what happened and whose manifest checksums all verify; other groups get 403, unknown contracts 404.
 */
class ContractExportApiTest extends ContractTest {

  @Autowired
  VendorNotices notices;

  @Autowired
  ReviewDecisions reviewDecisions;

  @Autowired
  CatalogueService catalogue;

  /** What the test built, to look for in the archive. */
  record Built(long contractId, long procurementId, String businessKey, long documentId, byte[] document, String decidedRequirement) {}

  private Built contractWithHistory(int documentBytes) {
    long contractId = registeredPilot("Export Vendor " + System.nanoTime(), Map.of(), EngineClock.today().plusDays(90));
    Contract contract = register.find(contractId).orElseThrow();
    long procurementId = contract.getProcurementId();

    byte[] document = new byte[documentBytes];
    new Random(42).nextBytes(document);
    Api.Response msa = api.upload("/api/procurements/" + procurementId + "/documents", "demo-procurement",
        Map.of("type", "MSA", "title", "Master services agreement"),
        new Api.FilePart("file", "msa signed.pdf", "application/pdf", document));
    assertThat(msa.status()).as(msa.body()).isEqualTo(201);
    long msaId = msa.json().get("id").asLong();
    Api.Response evidence = api.upload("/api/procurements/" + procurementId + "/documents", "demo-procurement",
        Map.of("type", "EVIDENCE", "title", "SOC 2 Type II report", "effectiveDate", LocalDate.now().minusMonths(2).toString()),
        new Api.FilePart("file", "soc2.pdf", "application/pdf", ("%PDF-1.4 soc2 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8)));
    assertThat(evidence.status()).as(evidence.body()).isEqualTo(201);

    ReviewItem item = reviewDecisions.items(procurementId).get(0);
    Requirement requirement = catalogue.requirement(item.getRequirementId()).orElseThrow();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("decision", "MET");
    row.put("documentId", msaId);
    row.put("section", "§" + requirement.id());
    row.put("clauseText", requirement.bindingExample());
    row.put("evidenceDocumentId", evidence.json().get("id").asLong());
    row.put("evidenceExpiry", LocalDate.now().plusYears(1).toString());
    List<String> problems = new java.util.ArrayList<>();
    var decisions = reviewDecisions.validate(procurementId, Map.of(item.getRequirementId(), row), "demo-security", problems);
    assertThat(problems).isEmpty();
    reviewDecisions.record(procurementId, decisions, "demo-security");

    Api.Response amended = api.request("PATCH", "/api/contracts/" + contractId, "demo-procurement",
        Map.of("reason", "Vendor renamed the product", "product", "Export Assist Pro"));
    assertThat(amended.status()).as(amended.body()).isEqualTo(200);

    ProcessInstance life = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("contract-life")
        .processInstanceBusinessKey(contract.getBusinessKey()).singleResult();
    executeJobs(life.getId());
    NoticeFixture.deliver(notices, register.find(contractId).orElseThrow(), NoticeType.SECURITY_INCIDENT,
        "{\"awareAt\":\"" + EngineClock.now().minusSeconds(3600) + "\",\"severity\":\"HIGH\"}");
    executeJobs(life.getId());
    return new Built(contractId, procurementId, contract.getBusinessKey(), msaId, document, item.getRequirementId());
  }

  static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  private static JsonNode json(Map<String, byte[]> files, String path) throws IOException {
    assertThat(files).containsKey(path);
    return Api.JSON.readTree(files.get(path));
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  @Test
  void theFullRecordDownloadsFileByFileAndEveryManifestChecksumVerifies() throws Exception {
    Built built = contractWithHistory(64 * 1024);

    Api.Download download = api.download("/api/contracts/" + built.contractId() + "/export", "demo-manager");

    assertThat(download.status()).as(download.text()).isEqualTo(200);
    assertThat(download.header("Content-Type")).startsWith("application/zip");
    assertThat(download.header("Content-Disposition")).contains("attachment").contains(built.businessKey() + "-full-record.zip");
    Map<String, byte[]> files = unzip(download.body());

    JsonNode manifest = json(files, "manifest.json");
    assertThat(List.copyOf(files.keySet())).as("the manifest comes last").last().isEqualTo("manifest.json");
    assertThat(manifest.get("formatVersion").asInt()).isEqualTo(ContractRecordExport.FORMAT_VERSION);
    assertThat(manifest.get("contractId").asLong()).isEqualTo(built.contractId());
    assertThat(manifest.get("businessKey").asText()).isEqualTo(built.businessKey());
    assertThat(manifest.get("exportedBy").asText()).isEqualTo("demo-manager");
    assertThat(manifest.get("exportedAt").asText()).isNotBlank();
    assertThat(manifest.get("files")).hasSize(files.size() - 1);
    for (JsonNode file : manifest.get("files")) {
      String path = file.get("path").asText();
      assertThat(files).as("listed file " + path).containsKey(path);
      assertThat(files.get(path).length).as("size of " + path).isEqualTo(file.get("sizeBytes").asLong());
      assertThat(sha256(files.get(path))).as("SHA-256 of " + path).isEqualTo(file.get("sha256").asText());
    }

    JsonNode procurement = json(files, "intake/procurement.json");
    assertThat(procurement).hasSize(1);
    assertThat(procurement.get(0).get("business_key").asText()).isEqualTo(built.businessKey());
    assertThat(procurement.get(0).get("deployment_stage").asText()).isEqualTo("PILOT");

    JsonNode checklist = json(files, "review/checklist.json");
    JsonNode decided = null;
    for (JsonNode item : checklist) {
      if (item.get("requirement_id").asText().equals(built.decidedRequirement())) {
        decided = item;
      }
    }
    assertThat(decided).as("the decided checklist item").isNotNull();
    assertThat(decided.get("status").asText()).isEqualTo("MET");
    assertThat(decided.get("decided_by").asText()).isEqualTo("demo-security");
    assertThat(decided.get("clause_text").asText()).isEqualTo(catalogue.requirement(built.decidedRequirement()).orElseThrow().bindingExample());
    String traceability = new String(files.get("review/traceability.csv"), StandardCharsets.UTF_8);
    assertThat(traceability).startsWith("requirementId,area,").contains(built.decidedRequirement() + ",");
    assertThat(json(files, "review/traceability.json").findValuesAsText("requirementId")).contains(built.decidedRequirement());

    JsonNode amendments = json(files, "register/amendments.json");
    assertThat(amendments).hasSize(1);
    assertThat(amendments.get(0).get("amended_by").asText()).isEqualTo("demo-procurement");
    assertThat(amendments.get(0).get("reason").asText()).isEqualTo("Vendor renamed the product");
    assertThat(json(files, "register/contract.json").get(0).get("product").asText()).isEqualTo("Export Assist Pro");

    JsonNode notice = json(files, "notices/vendor-notices.json");
    assertThat(notice).hasSize(1);
    assertThat(notice.get(0).get("notice_type").asText()).isEqualTo("SECURITY_INCIDENT");
    assertThat(json(files, "notices/security-incidents.json")).hasSize(1);

    JsonNode documents = json(files, "documents/documents.json");
    JsonNode msa = null;
    for (JsonNode d : documents) {
      if (d.get("id").asLong() == built.documentId()) {
        msa = d;
      }
    }
    assertThat(msa).isNotNull();
    assertThat(msa.get("path").asText()).isEqualTo("documents/" + built.documentId() + "-v1-msa_signed.pdf");
    assertThat(files.get(msa.get("path").asText())).as("the uploaded bytes").isEqualTo(built.document());
    assertThat(msa.get("sha256").asText()).isEqualTo(sha256(built.document()));

    JsonNode instances = json(files, "history/process-instances.json");
    assertThat(instances.findValuesAsText("processDefinitionKey")).contains("contract-registration", "contract-life");
    String registration = null;
    for (JsonNode p : instances) {
      if (p.get("processDefinitionKey").asText().equals("contract-registration")) {
        registration = p.get("id").asText();
        assertThat(p.get("state").asText()).isEqualTo("COMPLETED");
      }
    }
    JsonNode tasks = json(files, "history/tasks.json");
    boolean particularsDone = false;
    for (JsonNode t : tasks) {
      if (t.get("processInstanceId").asText().equals(registration) && !t.get("endTime").isNull()) {
        particularsDone = true;
      }
    }
    assertThat(particularsDone).as("the registration's completed task").isTrue();
    boolean completedByProcurement = false;
    for (JsonNode o : json(files, "history/user-operations.json")) {
      if (o.get("processInstanceId").asText().equals(registration) && o.get("operationType").asText().equals("Complete")
          && o.get("userId").asText().equals("demo-procurement")) {
        completedByProcurement = true;
      }
    }
    assertThat(completedByProcurement).as("who completed the registration's task").isTrue();
    assertThat(json(files, "history/activities.json").findValuesAsText("processInstanceId")).contains(registration);
  }

  @Test
  void onlyProcurementAndManagersMayExportAndUnknownContractsAre404() {
    long contractId = registered("Export Other " + System.nanoTime(), "", EngineClock.today().plusDays(400), 60);
    assertThat(api.download("/api/contracts/" + contractId + "/export", "demo-procurement").status()).isEqualTo(200);
    for (String user : List.of("demo-it", "demo-security", "demo-legal", "demo-data-governance")) {
      Api.Download refused = api.download("/api/contracts/" + contractId + "/export", user);
      assertThat(refused.status()).as(user).isEqualTo(403);
      assertThat(refused.text()).contains("procurement and managers");
    }
    assertThat(api.download("/api/contracts/987654321/export", "demo-manager").status()).isEqualTo(404);
    assertThat(api.download("/api/contracts/" + contractId + "/export", null).status()).isEqualTo(401);
  }

  @Test
  void aLargeDocumentStreamsThroughWithoutALengthKnownUpFront() throws Exception {
    Built built = contractWithHistory(6 * 1024 * 1024);

    Api.Download download = api.download("/api/contracts/" + built.contractId() + "/export", "demo-procurement");

    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Length")).as("a streamed response has no length up front").isNull();
    Map<String, byte[]> files = unzip(download.body());
    assertThat(files.get("documents/" + built.documentId() + "-v1-msa_signed.pdf")).isEqualTo(built.document());
  }
}
