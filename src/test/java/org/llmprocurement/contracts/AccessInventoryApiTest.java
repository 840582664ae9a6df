package org.llmprocurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.support.Api;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /api/contracts/{id}/access-inventory}: IT adds, updates and retires entries, every product
 * group reads them with their history; 400 (naming every problem, secrets never echoed), 401, 403,
 * 404 and 409 refusals write nothing.
 */
class AccessInventoryApiTest extends ContractTest {

  @Autowired
  AccessInventory inventory;

  private long contractId;

  @BeforeEach
  void aRegisteredContract() {
    engine.getIdentityService().saveUser(with(engine.getIdentityService().newUser("outsider"), u -> u.setPassword("demo")));
    contractId = registered("Inventory Api Vendor " + System.nanoTime(), "", EngineClock.today().plusYears(2), 60);
  }

  @AfterEach
  void removeOutsider() {
    engine.getIdentityService().deleteUser("outsider");
  }

  private static String path(long id) {
    return "/api/contracts/" + id + "/access-inventory";
  }

  private static Map<String, Object> apiKey(String name) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", "API_KEY");
    body.put("name", name);
    body.put("ownerGroup", "it");
    body.put("owner", "Platform team");
    body.put("environment", "PRODUCTION");
    body.put("description", "Vault path kv/llm/acme/" + name);
    body.put("reason", "The support bot goes live in production");
    return body;
  }

  private long added(String name) {
    Api.Response created = api.post(path(contractId), "demo-it", apiKey(name));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().get("id").asLong();
  }

  private void nothingWritten(int entries, int changes) {
    assertThat(inventory.allEntries(contractId)).hasSize(entries);
    assertThat(inventory.history(contractId)).hasSize(changes);
  }

  @Test
  void itAddsUpdatesAndRetiresAndEveryProductGroupReadsTheHistory() {
    long keyId = added("prod-support-bot");
    Map<String, Object> sso = new LinkedHashMap<>(apiKey("Acme Assist (Entra ID enterprise app)"));
    sso.put("kind", "SSO_APPLICATION");
    sso.put("ownerGroup", "security");
    sso.put("environment", "ALL");
    Api.Response ssoAdded = api.post(path(contractId), "demo-it", sso);
    assertThat(ssoAdded.status()).isEqualTo(201);
    assertThat(ssoAdded.json().get("ownerGroup").asText()).isEqualTo("security");
    assertThat(ssoAdded.json().get("createdBy").asText()).isEqualTo("demo-it");
    assertThat(ssoAdded.json().get("current").asBoolean()).isTrue();

    Api.Response updated = api.put(path(contractId) + "/" + keyId, "demo-it",
        Map.of("owner", "Support platform team", "reason", "The support platform team took the bot over"));
    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(updated.json().get("owner").asText()).isEqualTo("Support platform team");
    assertThat(updated.json().get("name").asText()).as("left out, kept").isEqualTo("prod-support-bot");

    Api.Response retired = api.request("DELETE", path(contractId) + "/" + keyId, "demo-it",
        Map.of("reason", "Key replaced by the per-team keys"));
    assertThat(retired.status()).as(retired.body()).isEqualTo(200);
    assertThat(retired.json().get("current").asBoolean()).isFalse();
    assertThat(retired.json().get("removedBy").asText()).isEqualTo("demo-it");
    assertThat(retired.json().get("removalReason").asText()).isEqualTo("Key replaced by the per-team keys");

    assertThat(inventory.entries(contractId)).extracting(ContractAccessEntry::getKind).containsExactly(AccessKind.SSO_APPLICATION);
    // a reviewing group reads once it has work on the procurement (issue 13); legal has none here
    assertThat(api.get(path(contractId), "demo-legal").status()).isEqualTo(403);
    for (String reader : List.of("demo-procurement", "demo-manager")) {
      Api.Response read = api.get(path(contractId), reader);
      assertThat(read.status()).as(reader).isEqualTo(200);
      JsonNode view = read.json();
      assertThat(view.get("entries")).hasSize(1);
      assertThat(view.get("entries").get(0).get("kind").asText()).isEqualTo("SSO_APPLICATION");
      assertThat(view.get("retired")).hasSize(1);
      assertThat(view.get("retired").get(0).get("name").asText()).isEqualTo("prod-support-bot");
      JsonNode history = view.get("history");
      assertThat(history).hasSize(4);
      assertThat(history.get(0).get("action").asText()).isEqualTo("ADD");
      assertThat(history.get(2).get("action").asText()).isEqualTo("UPDATE");
      assertThat(history.get(2).get("before").get("owner").asText()).isEqualTo("Platform team");
      assertThat(history.get(2).get("after").get("owner").asText()).isEqualTo("Support platform team");
      assertThat(history.get(2).get("reason").asText()).isEqualTo("The support platform team took the bot over");
      assertThat(history.get(3).get("action").asText()).isEqualTo("RETIRE");
      assertThat(history.get(3).get("changedBy").asText()).isEqualTo("demo-it");
    }
  }

  @Test
  void theRetirementReasonMayComeAsAQueryParameter() {
    long keyId = added("staging-bot");

    Api.Response retired = api.request("DELETE", path(contractId) + "/" + keyId + "?reason=Staging%20environment%20shut%20down",
        "demo-it", null);

    assertThat(retired.status()).as(retired.body()).isEqualTo(200);
    assertThat(retired.json().get("removalReason").asText()).isEqualTo("Staging environment shut down");
  }

  @Test
  void invalidChangesAre400NamingEveryProblemWithoutEchoingSecrets() {
    long keyId = added("prod-support-bot");
    Map<String, Object> bad = apiKey("sk-proj-4fJd9s8KqLm2Xv7Bn3Rt5Yw1Zc6Ha0Pe");
    bad.put("ownerGroup", "marketing");
    bad.put("kind", "PASSKEY");
    bad.put("secret", "sk-proj-4fJd9s8KqLm2Xv7Bn3Rt5Yw1Zc6Ha0Pe");
    bad.put("reason", "");

    Api.Response refused = api.post(path(contractId), "demo-it", bad);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("problems").toString()).contains(
        "secret: the access inventory keeps names, never secret values",
        "name: looks like a secret value (an API key of the form 'sk-…')",
        "ownerGroup: 'marketing' is not one of the working groups",
        "kind: 'PASSKEY' is not one of", "reason: say why the inventory changes");
    assertThat(refused.body()).doesNotContain("4fJd9s8KqLm2Xv7Bn3Rt5Yw1Zc6Ha0Pe");

    Api.Response duplicate = api.post(path(contractId), "demo-it", apiKey("  PROD-support-BOT "));
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.json().get("problems").toString()).contains("already has API_KEY 'prod-support-bot' in PRODUCTION (entry " + keyId + ")");

    Api.Response unchanged = api.put(path(contractId) + "/" + keyId, "demo-it", Map.of("owner", "Platform team",
        "reason", "Checking whether anything changes"));
    assertThat(unchanged.status()).isEqualTo(400);
    assertThat(unchanged.json().get("problems").toString()).contains("changes: nothing differs from the entry as it stands");

    Api.Response noReason = api.request("DELETE", path(contractId) + "/" + keyId, "demo-it", null);
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().get("problems").toString()).contains("reason: say why");
    nothingWritten(1, 1);
  }

  @Test
  void anonymousOtherGroupsAndUnknownContractsOrEntriesAreRefused() {
    long keyId = added("prod-support-bot");
    String entry = path(contractId) + "/" + keyId;
    Map<String, String> reason = Map.of("reason", "Trying to change what is not mine");

    assertThat(api.get(path(contractId), null).status()).isEqualTo(401);
    assertThat(api.post(path(contractId), null, apiKey("other")).status()).isEqualTo(401);
    assertThat(api.get(path(contractId), "outsider").status()).isEqualTo(403);
    for (String other : List.of("demo-procurement", "demo-security", "demo-legal", "demo-data-governance", "demo-manager", "outsider")) {
      assertThat(api.post(path(contractId), other, apiKey("other")).status()).as(other).isEqualTo(403);
      assertThat(api.put(entry, other, Map.of("owner", "Someone else", "reason", "Trying to change what is not mine")).status())
          .as(other).isEqualTo(403);
      assertThat(api.request("DELETE", entry, other, reason).status()).as(other).isEqualTo(403);
    }
    assertThat(api.get(path(999_999_999L), "demo-legal").status()).isEqualTo(404);
    assertThat(api.post(path(999_999_999L), "demo-it", apiKey("other")).status()).isEqualTo(404);
    assertThat(api.put(path(contractId) + "/999999999", "demo-it", Map.of("owner", "x", "reason", "Trying an unknown entry"))
        .status()).isEqualTo(404);
    assertThat(api.request("DELETE", path(contractId) + "/999999999", "demo-it", reason).status()).isEqualTo(404);

    long otherContract = registered("Inventory Other Vendor " + System.nanoTime(), "", EngineClock.today().plusYears(1), 30);
    Api.Response foreign = api.request("DELETE", path(otherContract) + "/" + keyId, "demo-it", reason);
    assertThat(foreign.status()).as("an entry of another contract").isEqualTo(404);
    assertThat(api.get(path(otherContract), "demo-manager").json().get("entries")).isEmpty();
    nothingWritten(1, 1);
  }

  @Test
  void anEndedContractAndARetiredEntryAre409() {
    long keyId = added("prod-support-bot");
    long otherId = added("prod-analytics");
    assertThat(api.request("DELETE", path(contractId) + "/" + keyId, "demo-it", Map.of("reason", "Key rotated out for good"))
        .status()).isEqualTo(200);

    Api.Response again = api.request("DELETE", path(contractId) + "/" + keyId, "demo-it", Map.of("reason", "Key rotated out twice"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("problems").toString()).contains("entryId: entry " + keyId + " was retired on");
    assertThat(api.put(path(contractId) + "/" + keyId, "demo-it", Map.of("owner", "New team", "reason", "Changing a retired one"))
        .status()).isEqualTo(409);

    register.changeStatus(contractId, ContractStatus.TERMINATED);
    Api.Response ended = api.post(path(contractId), "demo-it", apiKey("late-key"));
    assertThat(ended.status()).isEqualTo(409);
    assertThat(ended.json().get("problems").toString()).contains("is TERMINATED; its access inventory is no longer changed");
    assertThat(api.request("DELETE", path(contractId) + "/" + otherId, "demo-it", Map.of("reason", "Contract ended, key gone"))
        .status()).isEqualTo(409);
    assertThat(api.get(path(contractId), "demo-manager").json().get("contractStatus").asText()).isEqualTo("TERMINATED");
    nothingWritten(2, 3);
  }
}
