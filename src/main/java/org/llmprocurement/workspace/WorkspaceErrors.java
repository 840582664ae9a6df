package org.llmprocurement.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.llmprocurement.web.ApiException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals on workspace pages: a page request gets the workspace's error page at the refusal's
 * status (400 naming every problem, 403, 404, 413), a script or download request the API's JSON
 * body ({@code status}, {@code error}, {@code message}, {@code problems}).
 */
@ControllerAdvice(basePackages = "org.llmprocurement.workspace")
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspaceErrors {

  @ExceptionHandler(ApiException.class)
  Object refused(ApiException e, HttpServletRequest request, HttpServletResponse response) {
    return answer(e.status().value(), e.status().getReasonPhrase(), e.getMessage(), e.problems(), request);
  }

  @ExceptionHandler(AuthorizationException.class)
  Object notAuthorized(AuthorizationException e, HttpServletRequest request) {
    return answer(403, "Forbidden", "You may not see or do this", List.of(), request);
  }

  static Object answer(int status, String error, String message, List<String> problems, HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    boolean page = accept != null && accept.contains("text/html");
    if (!page) {
      return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
          .body(Map.of("status", status, "error", error, "message", message == null ? error : message,
              "problems", problems == null ? List.of() : problems));
    }
    ModelAndView view = new ModelAndView("workspace/error");
    view.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
    view.addObject("status", status);
    view.addObject("error", error);
    view.addObject("message", message);
    view.addObject("problems", problems == null ? List.of() : problems);
    return view;
  }
}
