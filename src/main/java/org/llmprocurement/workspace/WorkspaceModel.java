package org.llmprocurement.workspace;

import jakarta.servlet.http.HttpServletRequest;
import org.llmprocurement.security.WorkspaceSession;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every workspace page's layout needs: the signed-in user ({@code user}: userId,
 * displayName, groups) and the CSRF token ({@code csrf}) with the names of its form field
 * ({@code csrfField}) and header ({@code csrfHeader}).
 */
@ControllerAdvice(basePackages = "org.llmprocurement.workspace")
class WorkspaceModel {

  private final WorkspaceSession session;

  WorkspaceModel(WorkspaceSession session) {
    this.session = session;
  }

  @ModelAttribute("user")
  WorkspaceSession.SignedIn user(HttpServletRequest request) {
    return session.current(request).orElse(null);
  }

  @ModelAttribute("csrf")
  String csrf(HttpServletRequest request) {
    return session.csrfToken(request);
  }

  @ModelAttribute("csrfField")
  String csrfField() {
    return WorkspaceSession.CSRF_FIELD;
  }

  @ModelAttribute("csrfHeader")
  String csrfHeader() {
    return WorkspaceSession.CSRF_HEADER;
  }
}
