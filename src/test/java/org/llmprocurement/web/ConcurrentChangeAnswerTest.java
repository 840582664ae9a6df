package org.llmprocurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The product API answers a change that lost against a simultaneous one with 409 and a message a
 * caller can act on, whether the engine or a table's version check refused it (the kind the fault
 * suite's two-node test found on the engine REST API).
 */
class ConcurrentChangeAnswerTest {

  private final ApiExceptionHandler handler = new ApiExceptionHandler(new MultipartProperties());

  @Test
  void engineOptimisticLockingIs409() {
    var answer = handler.concurrentChange(new OptimisticLockingException("ENGINE-03005 UPDATE ExecutionEntity failed"));
    assertThat(answer.getStatusCode().value()).isEqualTo(409);
    assertThat(answer.getBody().message()).contains("Someone else changed this at the same moment", "Reload and try again");
  }

  @Test
  void aTablesVersionCheckIs409() {
    var answer = handler.concurrentChange(new ObjectOptimisticLockingFailureException("ContractExitStep", 42L));
    assertThat(answer.getStatusCode().value()).isEqualTo(409);
  }
}
