package org.llmprocurement.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A refusal the API reports with its status and the problems it names. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final List<String> problems;

  public ApiException(HttpStatus status, String message, List<String> problems) {
    super(message);
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  public ApiException(HttpStatus status, String message) {
    this(status, message, List.of());
  }

  public static ApiException notFound(String what) {
    return new ApiException(HttpStatus.NOT_FOUND, what + " does not exist");
  }

  public static ApiException forbidden(String message) {
    return new ApiException(HttpStatus.FORBIDDEN, message);
  }

  public HttpStatus status() {
    return status;
  }

  public List<String> problems() {
    return problems;
  }
}
