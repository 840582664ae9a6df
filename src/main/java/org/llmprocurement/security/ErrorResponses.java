package org.llmprocurement.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Error bodies written by our filters: readable by the product API's clients, Tasklist and /engine-rest clients. */
final class ErrorResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorResponses() {}

  static void write(HttpServletResponse response, int status, String error, String message, List<String> problems)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", error);
    // Camunda's REST clients (Tasklist) read "type" and "message"
    body.put("type", status >= 500 ? "ServerError" : "InvalidRequestException");
    body.put("message", message);
    if (!problems.isEmpty()) {
      body.put("problems", problems);
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
