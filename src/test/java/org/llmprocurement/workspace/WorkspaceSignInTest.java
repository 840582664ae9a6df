package org.llmprocurement.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.IntegrationTest;

/** One login with the Camunda webapps, over real HTTP: the workspace and Tasklist share the session. */
class WorkspaceSignInTest extends IntegrationTest {

  @Test
  void nobodySignedInIsSentToSignInFromPagesAndRefusedWith401Elsewhere() {
    Api.Response page = api.page("/app?tier=HIGH");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.header("Location")).endsWith("/app/login?next=%2Fapp%3Ftier%3DHIGH");
    Api.Response json = api.sessionGet("/app", "application/json");
    assertThat(json.status()).isEqualTo(401);
    assertThat(json.json().get("message").asText()).contains("Sign in");
    assertThat(api.page("/app/login").status()).isEqualTo(200);
  }

  @Test
  void signedInToTasklistIsSignedInToTheWorkspace() {
    api.login("demo-manager");
    Api.Response portfolio = api.page("/app");
    assertThat(portfolio.status()).isEqualTo(200);
    assertThat(portfolio.body()).contains("Portfolio").contains("demo-manager");
    assertThat(portfolio.header("Content-Security-Policy")).contains("script-src 'self'");
  }

  @Test
  void signingInOnTheWorkspaceSignsInToTasklistAndSigningOutSignsOutOfBoth() {
    Api.Response signedIn = api.workspaceLogin("demo-security", "demo");
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.header("Location")).endsWith("/app");
    Api.Response tasklistUser = api.session("GET", "/camunda/api/admin/auth/user/default", null);
    assertThat(tasklistUser.status()).isEqualTo(200);
    assertThat(tasklistUser.json().get("userId").asText()).isEqualTo("demo-security");
    assertThat(tasklistUser.json().get("authorizedApps").toString()).contains("tasklist");

    Api.Response page = api.page("/app");
    String token = Api.workspaceCsrf(page);
    assertThat(api.form("/app/logout", Map.of()).status()).as("sign-out without the CSRF token").isEqualTo(403);
    assertThat(api.form("/app/logout", Map.of("_csrf", token)).status()).isEqualTo(302);
    assertThat(api.page("/app").status()).isEqualTo(302);
    assertThat(api.session("GET", "/camunda/api/admin/auth/user/default", null).status()).isNotEqualTo(200);
  }

  @Test
  void aWrongPasswordIs401AndTheFormNeedsItsCsrfToken() {
    Api.Response wrong = api.workspaceLogin("demo-legal", "not-the-password");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.body()).contains("not right");
    Api.Response noToken = new Api("http://localhost:" + port).form("/app/login",
        Map.of("username", "demo-legal", "password", "demo"));
    assertThat(noToken.status()).isEqualTo(403);
  }

  @Test
  void repeatedWrongPasswordsOnTheWorkspaceAreThrottledLikeTasklistsLogin() {
    Api client = new Api("http://localhost:" + port);
    int status = 0;
    for (int attempt = 1; attempt <= 8 && status != 429; attempt++) {
      status = client.workspaceLogin("ws-throttle-probe", "wrong-" + attempt).status();
    }
    assertThat(status).as("locked after the free attempts").isEqualTo(429);
  }

  @Test
  void signInGoesBackOnlyToWorkspacePaths() {
    assertThat(SignInController.safeNext("/app/procurements/7?x=1")).isEqualTo("/app/procurements/7?x=1");
    assertThat(SignInController.safeNext("//evil.example/app")).isEqualTo("/app");
    assertThat(SignInController.safeNext("/application")).isEqualTo("/app");
    assertThat(SignInController.safeNext("https://evil.example")).isEqualTo("/app");
    assertThat(SignInController.safeNext(null)).isEqualTo("/app");
  }
}
