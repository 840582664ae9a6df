package org.llmprocurement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sign-in lockout over HTTP, on every path that checks a password. Client addresses come from
 * X-Forwarded-For, which the server trusts from a local proxy (as behind the production proxy).
 */
class LoginLockoutTest extends IntegrationTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Autowired
  LoginThrottle throttle;

  @AfterEach
  void liftLocks() {
    for (String user : new String[] {"admin", "demo-it", "demo-legal", "demo-security"}) {
      throttle.unlock(user);
    }
  }

  private int basic(String path, String user, String password, String address) {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
        .header("X-Forwarded-For", address).GET()).statusCode();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Tasklist login form as a browser sends it: a session and its CSRF token first. */
  private int webappLogin(String user, String password, String address) {
    try {
      java.net.CookieManager cookies = new java.net.CookieManager();
      HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
      HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
          .header("X-Forwarded-For", address).GET().build(), HttpResponse.BodyHandlers.ofString());
      String csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue).findFirst().orElse(""));
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
      return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address).header("X-XSRF-TOKEN", csrf)
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anonymousFailuresFromManyAddressesNeverLockTheAdministrator() {
    // Camunda's default would lock "admin" for good after ten failures; here each address has its own budget
    for (int i = 1; i <= 12; i++) {
      assertThat(basic("/engine-rest/user", "admin", "guess-" + i, "198.51.100." + i)).isEqualTo(401);
    }
    assertThat(basic("/engine-rest/user", "admin", "demo", "192.0.2.10")).isEqualTo(200);
    assertThat(basic("/api/catalogue", "admin", "demo", "192.0.2.10")).isEqualTo(200);
    assertThat(webappLogin("admin", "demo", "192.0.2.10")).isEqualTo(200);
  }

  @Test
  void repeatedFailuresLockTheAccountTemporarilyForThatAddressOnEveryPath() {
    for (int i = 0; i < 5; i++) {
      assertThat(basic("/api/catalogue", "demo-it", "wrong", "203.0.113.5")).isEqualTo(401);
    }
    assertThat(basic("/api/catalogue", "demo-it", "wrong", "203.0.113.5")).as("sixth failure locks").isEqualTo(401);
    // locked now, even with the right password, on both APIs and the webapp login
    assertThat(basic("/api/catalogue", "demo-it", "demo", "203.0.113.5")).isEqualTo(429);
    assertThat(basic("/engine-rest/task", "demo-it", "demo", "203.0.113.5")).isEqualTo(429);
    assertThat(webappLogin("demo-it", "demo", "203.0.113.5")).isEqualTo(429);
    // the user at another address works on
    assertThat(basic("/api/catalogue", "demo-it", "demo", "203.0.113.6")).isEqualTo(200);

    // the webapp login form counts failures too, and /engine-rest Basic as well
    for (int i = 0; i < 6; i++) {
      assertThat(webappLogin("demo-legal", "wrong", "203.0.113.7")).isEqualTo(401);
    }
    assertThat(webappLogin("demo-legal", "demo", "203.0.113.7")).isEqualTo(429);
    for (int i = 0; i < 6; i++) {
      assertThat(basic("/engine-rest/task", "demo-security", "wrong", "203.0.113.8")).isEqualTo(401);
    }
    HttpResponse<String> locked = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/catalogue"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo-security:demo".getBytes(StandardCharsets.UTF_8)))
        .header("X-Forwarded-For", "203.0.113.8").GET());
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 30L);
  }

  @Test
  void administratorsLiftLocksOverTheProductApiAndThroughCamundasUnlock() {
    for (int i = 0; i < 6; i++) {
      basic("/api/catalogue", "demo-it", "wrong", "203.0.113.20");
      basic("/api/catalogue", "demo-legal", "wrong", "203.0.113.20");
    }
    assertThat(basic("/api/catalogue", "demo-it", "demo", "203.0.113.20")).isEqualTo(429);

    assertThat(api.get("/api/admin/login-locks", "demo-manager").status()).as("administrators only").isEqualTo(403);
    assertThat(api.get("/api/admin/login-locks", "admin").json().findValuesAsText("userId")).contains("demo-it", "demo-legal");
    assertThat(api.session("DELETE", "/api/admin/login-locks/demo-it", null).status()).as("needs credentials").isEqualTo(401);
    assertThat(sendDelete("/api/admin/login-locks/demo-it", "admin").statusCode()).isEqualTo(200);
    assertThat(basic("/api/catalogue", "demo-it", "demo", "203.0.113.20")).isEqualTo(200);

    // the Admin webapp's / engine REST "unlock user" lifts ours as well
    assertThat(api.post("/engine-rest/user/demo-legal/unlock", "admin", Map.of()).status()).isEqualTo(204);
    assertThat(basic("/api/catalogue", "demo-legal", "demo", "203.0.113.20")).isEqualTo(200);
  }

  private HttpResponse<String> sendDelete(String path, String user) {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .DELETE());
  }

  @Test
  void thePasswordPolicyHoldsOnEveryPathThatSetsAPassword() {
    Map<String, Object> weak = Map.of("profile", Map.of("id", "new-user", "firstName", "New", "lastName", "User",
        "email", "new@example.org"), "credentials", Map.of("password", "short"));
    var created = api.post("/engine-rest/user/create", "admin", weak);
    assertThat(created.status()).as(created.body()).isEqualTo(400);
    assertThat(engine.getIdentityService().createUserQuery().userId("new-user").count()).isZero();

    var viaWebapp = new org.llmprocurement.support.Api("http://localhost:" + port).login("admin")
        .session("POST", "/camunda/api/engine/engine/default/user/create", weak);
    assertThat(viaWebapp.status()).as(viaWebapp.body()).isEqualTo(400);

    var changed = api.put("/engine-rest/user/demo-it/credentials", "admin",
        Map.of("password", "new-user-x", "authenticatedUserPassword", "demo"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(400);
    var containsId = api.put("/engine-rest/user/demo-it/credentials", "admin",
        Map.of("password", "my-demo-it-password", "authenticatedUserPassword", "demo"));
    assertThat(containsId.status()).as(containsId.body()).isEqualTo(400);
    assertThat(engine.getIdentityService().checkPassword("demo-it", "demo")).isTrue();
  }
}
