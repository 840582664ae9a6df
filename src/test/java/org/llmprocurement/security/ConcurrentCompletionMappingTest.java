package org.llmprocurement.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/**
 * The loser of two completions of one task at the same moment (two nodes, two browser tabs) gets a
 * 409 the caller can act on, not Camunda's 500; other failures keep their answer.
 */
class ConcurrentCompletionMappingTest {

  private final GuardRefusalRestMapper.Mapper mapper = new GuardRefusalRestMapper.Mapper();

  @Test
  void optimisticLockingAndATaskAlreadyGoneAre409() {
    RestException locked = new RestException(jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("wrapped", new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ...' failed")),
        "Cannot submit task form");
    assertThat(mapper.toResponse(locked).getStatus()).isEqualTo(409);
    RestException gone = new RestException(jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR,
        new NullValueException("Cannot find task with id 42: task is null"), "Cannot submit task form");
    assertThat(mapper.toResponse(gone).getStatus()).isEqualTo(409);
  }

  @Test
  void otherFailuresKeepTheirStatus() {
    RestException broken = new RestException(jakarta.ws.rs.core.Response.Status.INTERNAL_SERVER_ERROR,
        new NullValueException("variable value is null"), "Cannot submit task form");
    assertThat(mapper.toResponse(broken).getStatus()).isEqualTo(500);
  }
}
