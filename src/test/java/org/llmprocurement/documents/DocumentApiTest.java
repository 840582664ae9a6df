package org.llmprocurement.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.Intakes;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Uploading, listing and downloading contract documents through the API, as a client does. */
class DocumentApiTest extends IntegrationTest {

  @Autowired
  DocumentService documents;

  private long procurementId;

  @BeforeEach
  void startProcurement() {
    Api.Response created = api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    procurementId = created.json().get("id").asLong();
  }

  private String documentsPath() {
    return "/api/procurements/" + procurementId + "/documents";
  }

  private static byte[] pdf(String text) {
    return ("%PDF-1.7\n" + text).getBytes(StandardCharsets.UTF_8);
  }

  private Api.Response upload(String user, Map<String, String> fields, byte[] content, String fileName) {
    return api.upload(documentsPath(), user, fields, new Api.FilePart("file", fileName, "application/pdf", content));
  }

  private Api.Response upload(String type, String title, byte[] content) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("type", type);
    if (title != null) {
      fields.put("title", title);
    }
    return upload("demo-procurement", fields, content, "file.pdf");
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  @Test
  void anUploadIsStoredListedAndDownloadedByteForByte() throws Exception {
    byte[] content = new byte[300_000];
    new Random(42).nextBytes(content);

    Api.Response created = upload("demo-procurement", Map.of("type", "DPA", "effectiveDate", "2026-02-01"),
        content, "Acme DPA (signed).pdf");

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = created.json();
    long id = body.get("id").asLong();
    assertThat(created.header("Location")).isEqualTo(documentsPath() + "/" + id);
    assertThat(body.get("type").asText()).isEqualTo("DPA");
    assertThat(body.get("title").asText()).isEqualTo("DPA");
    assertThat(body.get("version").asInt()).isEqualTo(1);
    assertThat(body.get("latest").asBoolean()).isTrue();
    assertThat(body.get("fileName").asText()).isEqualTo("Acme DPA (signed).pdf");
    assertThat(body.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(body.get("sizeBytes").asLong()).isEqualTo(content.length);
    assertThat(body.get("sha256").asText()).isEqualTo(sha256(content));
    assertThat(body.get("uploadedBy").asText()).isEqualTo("demo-procurement");
    assertThat(body.get("effectiveDate").asText()).isEqualTo("2026-02-01");
    assertThat(body.has("content")).isFalse();

    JsonNode list = api.get(documentsPath(), "demo-manager").json();
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("id").asLong()).isEqualTo(id);

    Api.Download download = api.download(documentsPath() + "/" + id + "/content", "demo-manager");
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(content);
    assertThat(sha256(download.body())).isEqualTo(body.get("sha256").asText());
    assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
    assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"Acme DPA (signed).pdf\"");
    assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(download.header("ETag")).isEqualTo("\"" + sha256(content) + "\"");
    assertThat(download.header("Repr-Digest")).isEqualTo("sha-256=:"
        + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(content)) + ":");

    JsonNode metadata = api.get(documentsPath() + "/" + id, "demo-manager").json();
    assertThat(metadata.get("sha256").asText()).isEqualTo(sha256(content));
  }

  @Test
  void aNewVersionKeepsTheOldOneDownloadable() {
    long v1 = upload("MSA", null, pdf("MSA draft 1")).json().get("id").asLong();
    Api.Response second = upload("MSA", " MSA ", pdf("MSA draft 2"));
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    long v2 = second.json().get("id").asLong();
    assertThat(second.json().get("version").asInt()).isEqualTo(2);
    assertThat(second.json().get("supersedesId").asLong()).isEqualTo(v1);
    Api.Response orderForm = upload("demo-procurement", Map.of("type", "ORDER_FORM", "title", "Order form 2026"),
        pdf("order"), "Bestellschein Größe.pdf");
    assertThat(orderForm.json().get("fileName").asText()).isEqualTo("Bestellschein Größe.pdf");
    long order = orderForm.json().get("id").asLong();

    JsonNode list = api.get(documentsPath(), "demo-manager").json();
    assertThat(list).hasSize(3);
    assertThat(list.get(0).get("id").asLong()).isEqualTo(v2);
    assertThat(list.get(0).get("latest").asBoolean()).isTrue();
    assertThat(list.get(1).get("id").asLong()).isEqualTo(v1);
    assertThat(list.get(1).get("latest").asBoolean()).isFalse();
    assertThat(list.get(2).get("id").asLong()).isEqualTo(order);
    assertThat(list.get(2).get("latest").asBoolean()).isTrue();

    assertThat(api.get(documentsPath() + "/" + v1, "demo-manager").json().get("latest").asBoolean()).isFalse();
    assertThat(api.download(documentsPath() + "/" + v1 + "/content", "demo-manager").text()).endsWith("MSA draft 1");
    assertThat(api.download(documentsPath() + "/" + v2 + "/content", "demo-manager").text()).endsWith("MSA draft 2");
    assertThat(api.download(documentsPath() + "/" + order + "/content", "demo-manager").header("Content-Disposition"))
        .endsWith("filename*=UTF-8''Bestellschein%20Gr%C3%B6%C3%9Fe.pdf");

    assertThat(documents.latest(procurementId)).extracting(ContractDocument::getId).containsExactly(v2, order);
    assertThat(documents.get(procurementId, v1).getVersion()).isEqualTo(1);
  }

  @Test
  void theSameBytesAsTheLatestVersionAre409NamingIt() {
    long v1 = upload("SECURITY_EXHIBIT", null, pdf("exhibit")).json().get("id").asLong();

    Api.Response again = upload("SECURITY_EXHIBIT", null, pdf("exhibit"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("message").asText()).contains("document " + v1);
    assertThat(again.json().get("problems").toString()).contains(documentsPath() + "/" + v1);
    assertThat(api.get(documentsPath(), "demo-procurement").json()).hasSize(1);
    // the same bytes under another title are another family
    assertThat(upload("SECURITY_EXHIBIT", "Pen test summary", pdf("exhibit")).status()).isEqualTo(201);
  }

  @Test
  void badUploadsAre400NamingEachField() {
    Api.Response noFile = api.upload(documentsPath(), "demo-procurement",
        Map.of("type", "CONTRACT", "effectiveDate", "next week"));
    assertThat(noFile.status()).isEqualTo(400);
    assertThat(noFile.json().get("problems").toString())
        .contains("file: is required")
        .contains("type: unknown value 'CONTRACT', allowed: [MSA, DPA, ORDER_FORM")
        .contains("effectiveDate: 'next week' is not a date");

    Api.Response empty = upload("demo-procurement", Map.of(), new byte[0], "empty.pdf");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.json().get("problems").toString()).contains("file: is empty").contains("type: is required");

    Api.Response json = api.post(documentsPath(), "demo-procurement", Map.of("type", "MSA"));
    assertThat(json.status()).isEqualTo(415);
    assertThat(api.get(documentsPath(), "demo-procurement").json()).isEmpty();
  }

  @Test
  void onlyProcurementAndAdminsUploadAndOnlyProductGroupsRead() {
    Api.Response byIt = upload("demo-it", Map.of("type", "MSA"), pdf("msa"), "msa.pdf");
    assertThat(byIt.status()).isEqualTo(403);
    assertThat(byIt.json().get("message").asText()).contains("demo-it");
    long id = upload("MSA", null, pdf("msa")).json().get("id").asLong();

    engine.getIdentityService().saveUser(with(engine.getIdentityService().newUser("doc-outsider"), u -> u.setPassword("demo")));
    try {
      assertThat(upload("doc-outsider", Map.of("type", "DPA"), pdf("dpa"), "dpa.pdf").status()).isEqualTo(403);
      assertThat(api.get(documentsPath(), "doc-outsider").status()).isEqualTo(403);
      assertThat(api.get(documentsPath() + "/" + id, "doc-outsider").status()).isEqualTo(403);
      assertThat(api.download(documentsPath() + "/" + id + "/content", "doc-outsider").status()).isEqualTo(403);
    } finally {
      engine.getIdentityService().deleteUser("doc-outsider");
    }
    assertThat(api.get(documentsPath(), null).status()).isEqualTo(401);
    assertThat(api.get(documentsPath(), "demo-manager").status()).isEqualTo(200);
  }

  @Test
  void unknownProcurementsAndDocumentsAre404() {
    long id = upload("AI_ADDENDUM", null, pdf("addendum")).json().get("id").asLong();
    long other = api.post("/api/procurements", "demo-procurement", Intakes.internalPilotPublicData()).json().get("id").asLong();

    assertThat(api.upload("/api/procurements/987654/documents", "demo-procurement", Map.of("type", "MSA"),
        new Api.FilePart("file", "msa.pdf", "application/pdf", pdf("msa"))).status()).isEqualTo(404);
    assertThat(api.get("/api/procurements/987654/documents", "demo-manager").status()).isEqualTo(404);
    assertThat(api.get(documentsPath() + "/987654", "demo-manager").status()).isEqualTo(404);
    assertThat(api.download(documentsPath() + "/987654/content", "demo-manager").status()).isEqualTo(404);

    String elsewhere = "/api/procurements/" + other + "/documents/" + id;
    assertThat(api.get(elsewhere, "demo-manager").status()).isEqualTo(404);
    assertThat(api.download(elsewhere + "/content", "demo-manager").status()).isEqualTo(404);
    assertThat(documents.find(other, id)).isEmpty();
    assertThat(documents.find(procurementId, id)).isPresent();
  }

  @Test
  void aFileOverTwentyFiveMegabytesIs413() {
    Api.Response tooLarge = upload("demo-procurement", Map.of("type", "EVIDENCE"),
        new byte[ContractDocument.MAX_BYTES + 1], "soc2.pdf");

    assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
    assertThat(tooLarge.body()).contains("26214400");
    assertThat(api.get(documentsPath(), "demo-procurement").json()).isEmpty();
  }
}
