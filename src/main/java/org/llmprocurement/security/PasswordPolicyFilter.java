package org.llmprocurement.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.engine.SystemAccess;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine enforces the password policy on every path, but its REST resources answer a refusal
 * with 500. Creating a user or changing a password over {@code /engine-rest} or the Admin webapp
 * is checked here first, against the same policy, and refused with 400 naming the rules.
 */
class PasswordPolicyFilter extends OncePerRequestFilter {

  private static final Pattern PATH = Pattern.compile(
      "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/user/(create|([^/]+)/credentials)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdentityService identity;

  PasswordPolicyFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher matcher = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    byte[] body = CachedBodyRequest.bodyOf(request);
    if (!matcher.matches() || body == null || body.length == 0 || "GET".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    JsonNode json = JSON.readTree(body);
    String password;
    User user;
    if (matcher.group(2) == null) {
      JsonNode profile = json.path("profile");
      password = json.path("credentials").path("password").asText(null);
      user = identity.newUser(profile.path("id").asText(""));
      user.setFirstName(profile.path("firstName").asText(null));
      user.setLastName(profile.path("lastName").asText(null));
      user.setEmail(profile.path("email").asText(null));
    } else {
      String userId = InputInspectionFilter.decode(matcher.group(2));
      password = json.path("password").asText(null);
      user = SystemAccess.withoutAuthorization(identity, () -> identity.createUserQuery().userId(userId).singleResult());
      if (user == null) {
        user = identity.newUser(userId);
      }
    }
    if (password != null) {
      PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password, user);
      if (!result.isValid()) {
        List<String> rules = result.getViolatedRules().stream()
            .map(rule -> rule.getPlaceholder() + (rule.getParameters() == null || rule.getParameters().isEmpty() ? "" : " " + rule.getParameters()))
            .toList();
        ErrorResponses.write(response, 400, "Bad Request", "Password does not match policy: at least "
            + org.llmprocurement.identity.PasswordRules.MIN_LENGTH + " characters, not containing the user id or names", rules);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
