package org.llmprocurement.web;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.llmprocurement.engine.GuardRefusal;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns refusals into {@link ApiProblem} bodies with the right status. */
@RestControllerAdvice(basePackages = "org.llmprocurement")
class ApiExceptionHandler {

  private final DataSize maxFileSize;
  private final DataSize maxRequestSize;

  ApiExceptionHandler(MultipartProperties multipart) {
    this.maxFileSize = multipart.getMaxFileSize();
    this.maxRequestSize = multipart.getMaxRequestSize();
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ApiProblem> api(ApiException e) {
    return problem(e.status(), e.getMessage(), e.problems());
  }

  @ExceptionHandler(GuardRefusal.class)
  ResponseEntity<ApiProblem> guard(GuardRefusal e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage(), e.getProblems());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiProblem> authorization(AuthorizationException e) {
    return problem(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ApiProblem> status(ResponseStatusException e) {
    return problem(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason(), List.of());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiProblem> unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
      return problem(HttpStatus.BAD_REQUEST, "Invalid request body",
          List.of(unknown.getPropertyName() + ": is not a field of this request"));
    }
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field = mismatch.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
          .reduce((a, b) -> a + "." + b).orElse("body");
      return problem(HttpStatus.BAD_REQUEST, "Invalid request body", List.of(field + ": has the wrong type"));
    }
    return problem(HttpStatus.BAD_REQUEST, "Malformed JSON request body", List.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiProblem> mediaType(HttpMediaTypeNotSupportedException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getMessage(), List.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiProblem> method(HttpRequestMethodNotSupportedException e) {
    return problem(HttpStatus.METHOD_NOT_ALLOWED, e.getMessage(), List.of());
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
  ResponseEntity<ApiProblem> parameter(Exception e) {
    return problem(HttpStatus.BAD_REQUEST, e.getMessage(), List.of());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiProblem> uploadTooLarge(MaxUploadSizeExceededException e) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Uploaded files are limited to " + maxFileSize.toBytes()
        + " bytes (" + maxFileSize.toMegabytes() + " MB) and requests to " + maxRequestSize.toBytes() + " bytes", List.of());
  }

  /**
   * Two requests changed the same thing at the same moment (two people, two nodes): the engine's
   * optimistic locking or a table's version check refused the later one, which wrote nothing. 409,
   * so the caller reloads and tries again, instead of a 500.
   */
  @ExceptionHandler({org.camunda.bpm.engine.OptimisticLockingException.class,
      org.springframework.dao.OptimisticLockingFailureException.class})
  ResponseEntity<ApiProblem> concurrentChange(RuntimeException e) {
    return problem(HttpStatus.CONFLICT, "Someone else changed this at the same moment; nothing of this request was"
        + " stored. Reload and try again", List.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiProblem> noResource(NoResourceFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "No such API resource", List.of());
  }

  private static ResponseEntity<ApiProblem> problem(HttpStatus status, String message, List<String> problems) {
    return ResponseEntity.status(status).body(new ApiProblem(status.value(), status.getReasonPhrase(), message, problems));
  }
}
