package org.llmprocurement.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.llmprocurement.engine.GuardRefusal;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * Some engine REST resources (e.g. {@code /process-definition/.../start}, {@code /variables})
 * turn every engine exception into a 500. A refusal by our guards is the caller's fault, so it is
 * answered with 400 and its message, like {@code complete} and {@code submit-form} already do.
 */
@Component
class GuardRefusalRestMapper implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(Mapper.class);
  }

  @Priority(1)
  public static class Mapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler fallback = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      Throwable cause = exception.getCause();
      if (cause instanceof org.camunda.bpm.engine.AuthorizationException) {
        // some resources (e.g. task comments) wrap every engine exception as a 400 "Not enough parameters"
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "AuthorizationException");
        body.put("message", cause.getMessage());
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
      }
      if (cause instanceof GuardRefusal || cause instanceof BadUserRequestException) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", cause.getClass().getSimpleName());
        body.put("message", cause.getMessage());
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
      }
      String conflict = conflict(exception);
      if (conflict != null) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "Conflict");
        body.put("message", conflict);
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
      }
      return fallback.toResponse(exception);
    }

    /**
     * Two people (or two nodes) completing the same task at the same moment: the loser meets an
     * optimistic locking failure, or a task that is already gone. Camunda's REST layer reports both
     * as 500; they are a 409 the caller can answer by reloading. {@code null} for anything else.
     */
    static String conflict(Throwable exception) {
      for (Throwable t = exception; t != null; t = t.getCause()) {
        if (t instanceof org.camunda.bpm.engine.OptimisticLockingException) {
          return "Someone else changed this at the same moment; reload and try again";
        }
        if (t instanceof org.camunda.bpm.engine.exception.NullValueException && t.getMessage() != null
            && t.getMessage().contains("Cannot find task")) {
          return "The task is no longer open: someone else completed it at the same moment";
        }
        if (t.getCause() == t) {
          break;
        }
      }
      return null;
    }
  }
}
