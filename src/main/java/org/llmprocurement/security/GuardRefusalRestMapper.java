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
      return fallback.toResponse(exception);
    }
  }
}
