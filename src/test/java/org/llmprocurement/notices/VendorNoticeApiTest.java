package org.llmprocurement.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.support.Api;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code POST /api/vendor-notices} as vendors call it: signed with the vendor's secret over
 * timestamp and body, no HTTP Basic. A forged, stale, oversized or malformed notice changes
 * nothing (no row, no process); a repeated notice id, also sent twice at the same moment, returns
 * the first notice and starts nothing new. Runs on H2 and in the PostgreSQL suite.
 */
class VendorNoticeApiTest extends ContractTest {

  static final String SECRET = "Vn3xQ8rLm2Tz7Yc5Kb9Wd1Hf4Gs6Pj0Ae8Ru3Io5Ek7O";
  static final String NEW_SECRET = "c0ffee1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d";

  @Autowired
  VendorNotices notices;

  @Autowired
  VendorBreaches breaches;

  @Autowired
  JdbcTemplate jdbc;

  private ProbeNoticeHandler probe;
  private SignedNotices vendor;
  private Contract contract;

  @BeforeEach
  void aContractWhoseVendorHasASecret() {
    probe = new ProbeNoticeHandler(notices, engine).install();
    vendor = new SignedNotices(port);
    contract = contract("Notice Api Vendor ");
    Api.Response added = addSecret(contract.getVendorId(), SECRET);
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    engine.getIdentityService().saveUser(with(engine.getIdentityService().newUser("outsider"), u -> u.setPassword("demo")));
  }

  @AfterEach
  void removeProbe() {
    probe.uninstall();
    engine.getIdentityService().deleteUser("outsider");
  }

  private Contract contract(String vendorName) {
    long id = registered(vendorName + System.nanoTime(), "", EngineClock.today().plusDays(400), 60);
    return register.find(id).orElseThrow();
  }

  private Api.Response addSecret(long vendorId, String secret) {
    return api.post("/api/vendors/" + vendorId + "/notice-secrets", "demo-procurement", Map.of("secret", secret));
  }

  private static String body(String noticeId, String contractKey) {
    return "{\"noticeId\":\"" + noticeId + "\",\"contract\":\"" + contractKey + "\",\"type\":\"SERVICE_CHANGE\","
        + "\"sentAt\":\"2026-11-30T08:00:00Z\",\"payload\":{\"summary\":\"The EU endpoint moves to a new domain\"}}";
  }

  private String body(String noticeId) {
    return body(noticeId, contract.getBusinessKey());
  }

  private long rows() {
    return jdbc.queryForObject("select count(*) from vendor_notice", Long.class);
  }

  private long handlings() {
    executeJobs();
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProbeNoticeHandler.PROCESS)
        .processInstanceBusinessKey(contract.getBusinessKey()).count();
  }

  @Test
  void aSignedNoticeIsStoredAsReceivedAndStartsItsHandling() {
    String body = body("VN-" + UUID.randomUUID());

    Api.Response response = vendor.send(contract.getVendorId(), SECRET, EngineClock.now(), body);

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    JsonNode notice = response.json();
    assertThat(notice.get("contract").asText()).isEqualTo(contract.getBusinessKey());
    assertThat(notice.get("type").asText()).isEqualTo("SERVICE_CHANGE");
    assertThat(notice.get("status").asText()).isEqualTo("RECEIVED");
    assertThat(notice.get("duplicate").asBoolean()).isFalse();
    assertThat(handlings()).as("the contract life called the type's handling process").isEqualTo(1);

    JsonNode listed = api.get("/api/contracts/" + contract.getId() + "/notices", "demo-procurement").json().get("notices");
    assertThat(listed).hasSize(1);
    JsonNode first = listed.get(0);
    assertThat(first.get("id").asLong()).isEqualTo(notice.get("id").asLong());
    assertThat(first.get("source").asText()).isEqualTo("API");
    assertThat(first.get("signatureCheck").asText()).isEqualTo("VALID");
    assertThat(first.get("sentAt").asText()).isEqualTo("2026-11-30T08:00:00Z");
    assertThat(first.get("payload").get("summary").asText()).isEqualTo("The EU endpoint moves to a new domain");
    assertThat(first.get("rawBody").asText()).as("byte for byte as sent").isEqualTo(body);
    // legal has no task on this contract's procurement, so it does not see its notices at all (issue 13)
    Api.Response asLegal = api.get("/api/contracts/" + contract.getId() + "/notices", "demo-legal");
    assertThat(asLegal.status()).isEqualTo(403);
    assertThat(asLegal.body()).doesNotContain("rawBody");
  }

  @Test
  void forgedStaleFutureAndUnsignedNoticesAre401AndNothingIsRecorded() {
    long before = rows();
    // one second past either edge of the window: the clock stands still, or a slow run moves the
    // server's "now" towards the future-dated notice and it falls inside the window
    Instant now = EngineClock.now();
    EngineClock.set(now);
    String body = body("VN-" + UUID.randomUUID());
    String other = "Xq4Lm8Tz2Yc6Kb0Wd5Hf9Gs3Pj7Ae1Ru6Io2Ek4Vn8Oo";

    List<Api.Response> refused = new ArrayList<>();
    refused.add(vendor.send(contract.getVendorId(), other, now, body));
    refused.add(vendor.send(contract.getVendorId(), SECRET, now.minus(Duration.ofMinutes(5)).minusSeconds(1), body));
    refused.add(vendor.send(contract.getVendorId(), SECRET, now.plus(Duration.ofMinutes(5)).plusSeconds(1), body));
    refused.add(vendor.send(contract.getVendorId() + 100_000, SECRET, now, body));
    refused.add(vendor.send(vendor.request("/api/vendor-notices", "application/json", body)));
    refused.add(vendor.send(vendor.request("/api/vendor-notices", "application/json", body)
        .header(NoticeSignature.VENDOR_HEADER, String.valueOf(contract.getVendorId()))
        .header(NoticeSignature.TIMESTAMP_HEADER, String.valueOf(now.getEpochSecond()))
        .header(NoticeSignature.SIGNATURE_HEADER, "sha256=not-hex")));
    refused.add(api.post("/api/vendor-notices", "demo-procurement", body));

    assertThat(refused).allSatisfy(r -> {
      assertThat(r.status()).as(r.body()).isEqualTo(401);
      assertThat(r.header("WWW-Authenticate")).startsWith("HMAC-SHA256");
      assertThat(r.body()).doesNotContain(SECRET);
    });
    assertThat(refused.get(1).json().get("message").asText()).contains("replay window");
    assertThat(refused.get(2).json().get("message").asText()).contains("replay window");
    assertThat(refused.get(0).json().get("message").asText()).isEqualTo(refused.get(3).json().get("message").asText())
        .as("a wrong secret and an unknown vendor get the same answer");
    assertThat(rows()).isEqualTo(before);
    assertThat(handlings()).isZero();
  }

  @Test
  void theReplayWindowRunsOnTheEngineClock() {
    EngineClock.set(Instant.now().plus(Duration.ofHours(1)));
    String body = body("VN-" + UUID.randomUUID());

    assertThat(vendor.send(contract.getVendorId(), SECRET, Instant.now(), body).status())
        .as("signed with the wall clock, an hour behind the engine").isEqualTo(401);
    assertThat(vendor.send(contract.getVendorId(), SECRET, EngineClock.now(), body).status()).isEqualTo(201);
  }

  @Test
  void aRepeatedNoticeIdReturnsTheFirstNoticeAndStartsNothingNew() {
    String noticeId = "VN-" + UUID.randomUUID();
    String body = body(noticeId);
    Instant now = EngineClock.now();
    Api.Response first = vendor.send(contract.getVendorId(), SECRET, now, body);
    assertThat(first.status()).as(first.body()).isEqualTo(201);

    Api.Response replayed = vendor.send(contract.getVendorId(), SECRET, now, body);
    Api.Response resigned = vendor.send(contract.getVendorId(), SECRET, now.plusSeconds(90), body);
    Api.Response changed = vendor.send(contract.getVendorId(), SECRET, now.plusSeconds(120),
        body.replace("moves to a new domain", "is switched off"));

    assertThat(List.of(replayed, resigned, changed)).allSatisfy(r -> {
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      assertThat(r.json().get("duplicate").asBoolean()).isTrue();
      assertThat(r.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
    });
    assertThat(notices.ofContract(contract.getId())).singleElement()
        .satisfies(n -> assertThat(n.getRawBody()).as("the first stays as received").isEqualTo(body));
    assertThat(handlings()).isEqualTo(1);
  }

  @Test
  void twoIdenticalNoticesAtTheSameMomentAreRecordedOnce() throws Exception {
    String body = body("VN-" + UUID.randomUUID());
    Instant now = EngineClock.now();
    int senders = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    try {
      List<Future<Api.Response>> sent = new ArrayList<>();
      for (int i = 0; i < senders; i++) {
        SignedNotices client = new SignedNotices(port);
        Callable<Api.Response> call = () -> {
          start.await();
          return client.send(contract.getVendorId(), SECRET, now, body);
        };
        sent.add(pool.submit(call));
      }
      start.countDown();
      List<Api.Response> responses = new ArrayList<>();
      for (Future<Api.Response> f : sent) {
        responses.add(f.get());
      }

      assertThat(responses).extracting(Api.Response::status).as(responses.toString())
          .containsOnly(201, 200).containsOnlyOnce(201);
      assertThat(responses).extracting(r -> r.json().get("id").asLong()).containsOnly(responses.get(0).json().get("id").asLong());
      assertThat(responses).filteredOn(r -> r.status() == 200).allSatisfy(r -> assertThat(r.json().get("duplicate").asBoolean()).isTrue());
    } finally {
      pool.shutdownNow();
    }
    assertThat(notices.ofContract(contract.getId())).hasSize(1);
    assertThat(handlings()).isEqualTo(1);
  }

  @Test
  void duringARotationBothSecretsVerifyAndARetiredOneNoLonger() {
    long vendorId = contract.getVendorId();
    String path = "/api/vendors/" + vendorId + "/notice-secrets";
    long oldId = api.get(path, "demo-procurement").json().get("secrets").get(0).get("id").asLong();
    Api.Response added = api.post(path, "demo-manager", Map.of("secret", NEW_SECRET));
    assertThat(added.status()).as(added.body()).isEqualTo(201);

    assertThat(vendor.send(vendorId, SECRET, EngineClock.now(), body("VN-old-" + UUID.randomUUID())).status()).isEqualTo(201);
    assertThat(vendor.send(vendorId, NEW_SECRET, EngineClock.now(), body("VN-new-" + UUID.randomUUID())).status()).isEqualTo(201);

    Api.Response third = api.post(path, "demo-procurement", Map.of("secret", "Third9Secret8For7The6Vendor5Is4Refused3Now2x"));
    assertThat(third.status()).as(third.body()).isEqualTo(409);
    assertThat(third.json().get("problems").get(0).asText()).contains("retire the one the vendor no longer signs with first");

    Api.Response retired = api.request("DELETE", path + "/" + oldId, "demo-procurement", null);
    assertThat(retired.status()).as(retired.body()).isEqualTo(200);
    assertThat(retired.json().get("active").asBoolean()).isFalse();
    assertThat(retired.json().get("retiredBy").asText()).isEqualTo("demo-procurement");
    assertThat(api.request("DELETE", path + "/" + oldId, "demo-procurement", null).status()).isEqualTo(409);

    long before = rows();
    assertThat(vendor.send(vendorId, SECRET, EngineClock.now(), body("VN-late-" + UUID.randomUUID())).status()).isEqualTo(401);
    assertThat(rows()).isEqualTo(before);
    assertThat(vendor.send(vendorId, NEW_SECRET, EngineClock.now(), body("VN-after-" + UUID.randomUUID())).status()).isEqualTo(201);

    JsonNode list = api.get(path, "demo-manager").json();
    assertThat(list.get("active").asInt()).isEqualTo(1);
    assertThat(list.get("secrets")).hasSize(2);
    assertThat(list.get("secrets").get(0).get("fingerprint").asText()).startsWith("sha256:").hasSize(23);
    for (String response : List.of(list.toString(), added.body(), retired.body(), third.body())) {
      assertThat(response).doesNotContain(SECRET).doesNotContain(NEW_SECRET);
    }
    String stored = jdbc.queryForList("select secret_encrypted from vendor_notice_secret where vendor_id = ?", String.class, vendorId)
        .toString();
    assertThat(stored).as("encrypted at rest").doesNotContain(SECRET).doesNotContain(NEW_SECRET);
  }

  @Test
  void malformedEnvelopesAre400NamingEveryFieldAndNothingIsRecorded() {
    long before = rows();
    String bad = "{\"noticeId\":42,\"type\":\"RAIN_DELAY\",\"sentAt\":\"yesterday\",\"payload\":[],\"priority\":\"high\"}";
    Api.Response refused = vendor.send(contract.getVendorId(), SECRET, EngineClock.now(), bad);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("problems").toString()).contains("priority: is not a field of a notice",
        "noticeId: must be text", "contract: required", "type: unknown type 'RAIN_DELAY'",
        "sentAt: 'yesterday' is not an ISO-8601 instant", "payload: required, a JSON object");

    String payloadMissing = body("VN-" + UUID.randomUUID()).replace("\"summary\"", "\"summery\"")
        .replace("2026-11-30T08:00:00Z", EngineClock.now().plus(Duration.ofDays(1)).toString());
    Api.Response payload = vendor.send(contract.getVendorId(), SECRET, EngineClock.now(), payloadMissing);
    assertThat(payload.status()).as(payload.body()).isEqualTo(400);
    assertThat(payload.json().get("problems").toString()).contains("sentAt: ", "is in the future", "payload.summary: required");

    Api.Response malformed = vendor.send(contract.getVendorId(), SECRET, EngineClock.now(), "{\"noticeId\": ");
    assertThat(malformed.status()).isEqualTo(400);
    Api.Response notJson = vendor.send(vendor.request("/api/vendor-notices", "text/plain", body("VN-x"))
        .header(NoticeSignature.VENDOR_HEADER, String.valueOf(contract.getVendorId()))
        .header(NoticeSignature.TIMESTAMP_HEADER, String.valueOf(EngineClock.now().getEpochSecond()))
        .header(NoticeSignature.SIGNATURE_HEADER, NoticeSignature.sign(SECRET, EngineClock.now().getEpochSecond(),
            body("VN-x").getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertThat(notJson.status()).as(notJson.body()).isEqualTo(415);
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void anUnknownContractOrAnotherVendorsIs404() {
    Contract others = contract("Other Notice Vendor ");
    long before = rows();
    Api.Response unknown = vendor.send(contract.getVendorId(), SECRET, EngineClock.now(), body("VN-1", "LLMP-1999-99999"));
    Api.Response foreign = vendor.send(contract.getVendorId(), SECRET, EngineClock.now(), body("VN-2", others.getBusinessKey()));
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
    assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
    assertThat(foreign.body()).as("the same answer: another vendor's contract is not confirmed to exist")
        .doesNotContain(others.getBusinessKey() + " belongs");

    // with other faults the one refusal names the contract too
    String faulty = body("VN-3", others.getBusinessKey()).replace("\"type\":\"", "\"type\":\"NOT_A_TYPE_");
    Api.Response both = vendor.send(contract.getVendorId(), SECRET, EngineClock.now(), faulty);
    assertThat(both.status()).as(both.body()).isEqualTo(400);
    assertThat(both.body()).contains("unknown type 'NOT_A_TYPE_", "contract: Contract " + others.getBusinessKey() + " does not exist");
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void aContractWhoseLifeHasEndedIs409() {
    var life = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("contract-life")
        .processInstanceBusinessKey(contract.getBusinessKey()).singleResult();
    engine.getRuntimeService().deleteProcessInstance(life.getId(), "contract ended", true, true);
    long before = rows();

    Api.Response response = vendor.send(contract.getVendorId(), SECRET, EngineClock.now(), body("VN-" + UUID.randomUUID()));

    assertThat(response.status()).as(response.body()).isEqualTo(409);
    assertThat(response.json().get("problems").get(0).asText()).contains("no running contract life");
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void anOversizedNoticeIs413AndNothingIsRecorded() {
    long before = rows();
    String huge = body("VN-" + UUID.randomUUID()).replace("The EU endpoint", "x".repeat(VendorNotice.MAX_BODY_BYTES));
    Api.Response response = vendor.send(contract.getVendorId(), SECRET, EngineClock.now(), huge);
    assertThat(response.status()).isEqualTo(413);
    HttpRequest.Builder chunked = HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/vendor-notices"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes())));
    assertThat(vendor.send(chunked).status()).as("streamed without a length").isEqualTo(413);
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void onlyTheExactPathSkipsHttpBasic() {
    String body = body("VN-" + UUID.randomUUID());
    long ts = EngineClock.now().getEpochSecond();
    for (String path : List.of("/api/vendor-notices/", "/api/vendor-notices;x=1", "/api/procurements", "/api/contracts")) {
      Api.Response response = vendor.send(vendor.request(path, "application/json", body)
          .header(NoticeSignature.VENDOR_HEADER, String.valueOf(contract.getVendorId()))
          .header(NoticeSignature.TIMESTAMP_HEADER, String.valueOf(ts))
          .header(NoticeSignature.SIGNATURE_HEADER, NoticeSignature.sign(SECRET, ts, body.getBytes())));
      assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(401);
    }
    assertThat(notices.ofContract(contract.getId())).isEmpty();
  }

  @Test
  void theGuardsBeforeAuthenticationStillApplyToSignedNotices() {
    long before = rows();
    String body = body("VN-" + UUID.randomUUID());
    long ts = EngineClock.now().getEpochSecond();
    Api.Response crossSite = vendor.send(vendor.request("/api/vendor-notices", "application/json", body)
        .header("Origin", "https://elsewhere.example")
        .header(NoticeSignature.VENDOR_HEADER, String.valueOf(contract.getVendorId()))
        .header(NoticeSignature.TIMESTAMP_HEADER, String.valueOf(ts))
        .header(NoticeSignature.SIGNATURE_HEADER, NoticeSignature.sign(SECRET, ts, body.getBytes())));
    assertThat(crossSite.status()).as("a browser on another site: " + crossSite.body()).isEqualTo(403);

    String hidden = body("VN-" + UUID.randomUUID()).replace("new domain", "new\u200Bdomain");
    Api.Response invisible = vendor.send(contract.getVendorId(), SECRET, EngineClock.now(), hidden);
    assertThat(invisible.status()).as(invisible.body()).isEqualTo(400);
    assertThat(invisible.body()).contains("payload.summary");

    String repeated = body("VN-" + UUID.randomUUID()).replace("{\"noticeId\"", "{\"type\":\"MODEL_CHANGE\",\"noticeId\"");
    assertThat(vendor.send(contract.getVendorId(), SECRET, EngineClock.now(), repeated).status()).as("a key given twice").isEqualTo(400);
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void basicCredentialsOnTheNoticePathAreNeitherCheckedNorCountedAsFailedSignIns() {
    String wrong = "Basic " + java.util.Base64.getEncoder().encodeToString("demo-it:wrong-password".getBytes());
    for (int i = 0; i < 8; i++) {
      Api.Response response = vendor.send(vendor.request("/api/vendor-notices", "application/json", body("VN-" + i))
          .header("Authorization", wrong));
      assertThat(response.status()).as(response.body()).isEqualTo(401);
      assertThat(response.header("WWW-Authenticate")).startsWith("HMAC-SHA256");
    }
    // signed in (a lock would answer 401); refused only because IT has no work on this procurement
    assertThat(api.get("/api/contracts/" + contract.getId() + "/notices", "demo-it").status())
        .as("no sign-in lock for demo-it").isEqualTo(403);
  }

  @Test
  void theApiDescriptionSaysNoticesAreSignedNotBasic() {
    JsonNode post = api.get("/api/openapi", "demo-it").json().at("/paths/~1api~1vendor-notices/post");
    assertThat(post.get("security")).as("no HTTP Basic on this operation").isEmpty();
    assertThat(post.get("parameters").findValuesAsText("name"))
        .contains(NoticeSignature.VENDOR_HEADER, NoticeSignature.TIMESTAMP_HEADER, NoticeSignature.SIGNATURE_HEADER);
    assertThat(post.at("/requestBody/content/application~1json/schema").toString()).contains("Envelope");
  }

  @Test
  void noticesAndBreachesAreReadLikeTheRegister() {
    assertThat(vendor.send(contract.getVendorId(), SECRET, EngineClock.now(), body("VN-" + UUID.randomUUID())).status()).isEqualTo(201);
    Instant occurred = EngineClock.now().minus(Duration.ofDays(2));
    breaches.record(contract.getId(), BreachKind.LATE_NOTICE, null, "Told us 80 hours after becoming aware; the contract says 24", occurred);
    String notices = "/api/contracts/" + contract.getId() + "/notices";
    String breachesPath = "/api/contracts/" + contract.getId() + "/breaches";

    for (String reader : List.of("demo-procurement", "demo-manager")) {
      assertThat(api.get(notices, reader).json().get("notices")).hasSize(1);
      JsonNode breach = api.get(breachesPath, reader).json().get("breaches").get(0);
      assertThat(breach.get("kind").asText()).isEqualTo("LATE_NOTICE");
      assertThat(breach.get("occurredAt").asText()).isEqualTo(occurred.toString());
      assertThat(breach.get("description").asText()).contains("80 hours");
    }
    assertThat(api.get(notices, null).status()).isEqualTo(401);
    assertThat(api.get(breachesPath, null).status()).isEqualTo(401);
    assertThat(api.get(notices, "outsider").status()).isEqualTo(403);
    assertThat(api.get(breachesPath, "outsider").status()).isEqualTo(403);
    assertThat(api.get("/api/contracts/999999999/notices", "demo-legal").status()).isEqualTo(404);
    assertThat(api.get("/api/contracts/999999999/breaches", "demo-legal").status()).isEqualTo(404);
  }

  @Test
  void secretsAreManagedByProcurementAndManagersOnlyAndMustBeStrong() {
    long vendorId = contract.getVendorId();
    String path = "/api/vendors/" + vendorId + "/notice-secrets";
    long stored = jdbc.queryForObject("select count(*) from vendor_notice_secret", Long.class);

    assertThat(api.post(path, "demo-legal", Map.of("secret", NEW_SECRET)).status()).isEqualTo(403);
    assertThat(api.get(path, "demo-it").status()).isEqualTo(403);
    assertThat(api.post(path, null, Map.of("secret", NEW_SECRET)).status()).isEqualTo(401);
    assertThat(api.post("/api/vendors/999999999/notice-secrets", "demo-procurement", Map.of("secret", NEW_SECRET)).status())
        .isEqualTo(404);
    Api.Response weak = api.post(path, "demo-procurement", Map.of("secret", "password123"));
    assertThat(weak.status()).isEqualTo(400);
    assertThat(weak.json().get("problems").toString()).contains("secret: at least 43 characters");
    assertThat(weak.body()).doesNotContain("password123");
    Api.Response extra = api.post(path, "demo-procurement", Map.of("secret", NEW_SECRET, "vendorId", 3));
    assertThat(extra.status()).isEqualTo(400);
    assertThat(api.post(path, "demo-procurement", Map.of("secret", SECRET)).status()).as("active already").isEqualTo(409);
    assertThat(api.request("DELETE", path + "/999999999", "demo-procurement", null).status()).isEqualTo(404);

    assertThat(jdbc.queryForObject("select count(*) from vendor_notice_secret", Long.class)).isEqualTo(stored);
  }
}
