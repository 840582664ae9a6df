package org.llmprocurement.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.llmprocurement.security.WorkspaceSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in and out of the workspace, which is signing in and out of the Camunda webapps (one
 * session, one login). A wrong user name or password answers 401 with the form again (the login
 * throttle counts it); success goes on to the page asked for ({@code next}, a workspace path only).
 */
@Controller
class SignInController {

  private final WorkspaceSession session;

  SignInController(WorkspaceSession session) {
    this.session = session;
  }

  @GetMapping("/app/login")
  String form(@RequestParam(required = false) String next, HttpServletRequest request, Model model) {
    if (session.current(request).isPresent()) {
      return "redirect:" + safeNext(next);
    }
    model.addAttribute("next", safeNext(next));
    return "workspace/login";
  }

  @PostMapping("/app/login")
  String signIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
      @RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response, Model model) {
    if (!session.signIn(request, username.trim(), password)) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      model.addAttribute("next", safeNext(next));
      model.addAttribute("username", username);
      model.addAttribute("failed", true);
      model.addAttribute("csrf", session.csrfToken(request));
      return "workspace/login";
    }
    return "redirect:" + safeNext(next);
  }

  @PostMapping("/app/logout")
  String signOut(HttpServletRequest request) {
    session.signOut(request);
    return "redirect:/app/login";
  }

  /** Only a path inside the workspace: never another site ({@code //host}, {@code /\host}) or another path. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/app") || next.startsWith("//") || next.contains("\\")
        || next.contains("\r") || next.contains("\n") || next.startsWith("/app/login") || next.startsWith("/app/logout")) {
      return "/app";
    }
    String rest = next.substring(4);
    return rest.isEmpty() || rest.startsWith("/") || rest.startsWith("?") ? next : "/app";
  }
}
