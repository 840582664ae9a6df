package org.llmprocurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The access inventory's field rules without engine or database: required fields, allowed values,
 * updates keeping what is left out, and secret-looking values refused, naming the field but never
 * repeating the value.
 */
class AccessRulesTest {

  private static Map<String, Object> entry() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("kind", "API_KEY");
    values.put("name", "prod-support-bot");
    values.put("ownerGroup", "it");
    values.put("owner", "Platform team (Jane Roe)");
    values.put("environment", "PRODUCTION");
    values.put("description", "Held in vault path kv/llm/acme/prod-support-bot");
    values.put("reason", "New production use case went live");
    return values;
  }

  @Test
  void aCompleteAdditionIsRead() {
    AccessRules.Read read = AccessRules.readEntry(entry(), null);

    assertThat(read.problems()).isEmpty();
    assertThat(read.fields()).isEqualTo(new AccessRules.Fields(AccessKind.API_KEY, "prod-support-bot", "it",
        "Platform team (Jane Roe)", AccessEnvironment.PRODUCTION, "Held in vault path kv/llm/acme/prod-support-bot"));
    assertThat(read.reason()).isEqualTo("New production use case went live");
  }

  @Test
  void anEmptyAdditionNamesEveryRequiredField() {
    AccessRules.Read read = AccessRules.readEntry(Map.of(), null);

    assertThat(read.problems()).hasSize(5).anySatisfy(p -> assertThat(p).startsWith("kind: required, one of API_KEY"))
        .anySatisfy(p -> assertThat(p).startsWith("name: required"))
        .anySatisfy(p -> assertThat(p).startsWith("ownerGroup: required"))
        .anySatisfy(p -> assertThat(p).startsWith("environment: required, one of PRODUCTION"))
        .anySatisfy(p -> assertThat(p).startsWith("reason: say why"));
  }

  @Test
  void badValuesAndUnknownFieldsAreEachNamed() {
    Map<String, Object> values = entry();
    values.put("kind", "PASSKEY");
    values.put("ownerGroup", "marketing");
    values.put("environment", 3);
    values.put("name", "x".repeat(201));
    values.put("reason", "short");
    values.put("colour", "blue");

    assertThat(AccessRules.readEntry(values, null).problems()).containsExactlyInAnyOrder(
        "colour: is not a field of an access inventory entry; fields: kind, name, ownerGroup, owner, environment, description, reason",
        "name: at most 200 characters (got 201)",
        "environment: must be text",
        "reason: at least 10 characters (got 5)",
        "kind: 'PASSKEY' is not one of API_KEY, SSO_APPLICATION, SERVICE_ACCOUNT, NETWORK_ALLOWLIST, INTEGRATION",
        "ownerGroup: 'marketing' is not one of the working groups [procurement, it, security, legal, data-governance, managers]");
  }

  @Test
  void anUpdateKeepsWhatItLeavesOut() {
    AccessRules.Fields current = AccessRules.readEntry(entry(), null).fields();

    AccessRules.Read read = AccessRules.readEntry(Map.of("ownerGroup", "security", "name", " ",
        "reason", "Security now owns the production keys"), current);

    assertThat(read.problems()).isEmpty();
    assertThat(read.fields()).isEqualTo(new AccessRules.Fields(AccessKind.API_KEY, "prod-support-bot", "security",
        "Platform team (Jane Roe)", AccessEnvironment.PRODUCTION, "Held in vault path kv/llm/acme/prod-support-bot"));
  }

  @Test
  void aRetirementTakesOnlyTheReason() {
    assertThat(AccessRules.readRetirement(Map.of("reason", "Key rotated out after the incident")).problems()).isEmpty();
    assertThat(AccessRules.readRetirement(Map.of("name", "other", "kind", "", "reason", "Key rotated out")).problems())
        .containsExactly("name: a retirement takes only the reason");
    assertThat(AccessRules.readRetirement(Map.of()).problems()).singleElement().asString().startsWith("reason: say why");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "sk-proj-4fJd9s8KqLm2Xv7Bn3Rt5Yw1Zc6Ha0Pe",
      "sk-ant-api03-AbCdEfGhIjKlMnOpQrStUv",
      "AKIAIOSFODNN7EXAMPLE",
      "-----BEGIN RSA PRIVATE KEY-----",
      "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
      "xoxb-123456789012-abcdefghijkl",
      "AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe",
      "glpat-xxxxXXXX1234yyyyZZZZ",
      "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig",
      "the key is 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      "Zx81Kq0Lm2Vn7Bp4Rt9Yw3Hc6Je5",
      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"})
  void secretLookingValuesAreRefusedWithoutRepeatingThem(String secret) {
    Map<String, Object> values = entry();
    values.put("name", secret);
    values.put("description", "copied from the console: " + secret);

    var problems = AccessRules.readEntry(values, null).problems();

    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("name: looks like a secret value (")
        .endsWith("); the access inventory keeps names, never secrets");
    assertThat(problems.get(1)).startsWith("description: looks like a secret value (");
    assertThat(String.join(" ", problems)).doesNotContain(secret.substring(4, secret.length() - 2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"prod-support-bot", "svc-llm-gateway-production-eu-west-1", "Azure AD app Acme Assist SSO",
      "3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c", "10.20.0.0/16 via private link", "ServiceNow to Acme Assist connector v2",
      "acme-assist-integration-2026", "acmeassistintegration2026", "arn:aws:iam::123456789012:role/llm-gateway",
      "llm-bot@acme-prod-123456.iam.gserviceaccount.com", "kv/llm/acme/prod-support-bot"})
  void namesAndIdentifiersPass(String name) {
    Map<String, Object> values = entry();
    values.put("name", name);

    assertThat(AccessRules.readEntry(values, null).problems()).isEmpty();
  }

  @Test
  void aFieldNamedForASecretIsRefusedWhateverItHolds() {
    Map<String, Object> values = entry();
    values.put("secret", "hunter2");
    values.put("apiKey", "whatever");
    values.put("keyValue", "x");
    values.put("password", "");

    assertThat(AccessRules.readEntry(values, null).problems()).containsExactlyInAnyOrder(
        "secret: the access inventory keeps names, never secret values; leave the secret in the vault",
        "apiKey: the access inventory keeps names, never secret values; leave the secret in the vault",
        "keyValue: the access inventory keeps names, never secret values; leave the secret in the vault",
        "password: the access inventory keeps names, never secret values; leave the secret in the vault");
  }
}
