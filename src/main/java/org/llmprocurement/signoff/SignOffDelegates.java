package org.llmprocurement.signoff;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.llmprocurement.lifecycle.ProcessData;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The thin delegates of the sign-off: read typed variables, call {@link SignOffs}, write variables. */
@Configuration
class SignOffDelegates {

  /** Opens the round: answers prefilled from the checklist. */
  @Bean
  JavaDelegate prepareSignOff(SignOffs signOffs) {
    return execution -> {
      long procurementId = ProcurementLifecycle.PROCUREMENT_ID.from(execution).get();
      String tier = ProcurementLifecycle.RISK_TIER.from(execution).getOptional()
          .orElseGet(() -> signOffs.procurement(procurementId).getRiskTier().name());
      SignOff signOff = signOffs.start(procurementId, execution.getProcessBusinessKey(), tier);
      ProcessData.write(SignOffProcess.SIGN_OFF_ID, execution, signOff.getId());
    };
  }

  /** The gateway guard: rejections, then items, traceability and the five answers. */
  @Bean
  JavaDelegate checkSignOff(SignOffs signOffs) {
    return execution -> {
      String result = signOffs.check(signOffId(execution));
      ProcessData.write(SignOffProcess.CHECK_RESULT, execution, result);
      if (SignOffProcess.SIGNED.equals(result)) {
        ProcessData.write(SignOffProcess.OUTCOME, execution, SignOffProcess.SIGNED);
        ProcessData.write(SignOffProcess.RETURN_REASON, execution, null);
        ProcessData.write(SignOffProcess.RETURN_ITEMS, execution, null);
      }
    };
  }

  /** Sends the case back as the round recorded (reopening review items for a review error). */
  @Bean
  JavaDelegate sendCaseBack(SignOffs signOffs) {
    return execution -> {
      SignOffs.Return back = signOffs.sendBack(signOffId(execution));
      ProcessData.write(SignOffProcess.OUTCOME, execution, back.outcome());
      // negotiation shows it with each returned item as "Sent back: <reason>"
      ProcessData.write(SignOffProcess.RETURN_REASON, execution,
          back.reason() == null ? null : "Sign-off: " + back.reason());
      ProcessData.write(SignOffProcess.RETURN_ITEMS, execution, back.items());
    };
  }

  private static long signOffId(DelegateExecution execution) {
    return SignOffProcess.SIGN_OFF_ID.from(execution).get();
  }
}
