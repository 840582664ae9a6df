package org.llmprocurement.notices;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On the start event of the contract life's "Handle vendor notice" event subprocess: moves the
 * notice's variables ({@code noticeId}, {@code noticeType}, {@code noticeProcess}), which message
 * correlation writes on the contract life itself, into this subprocess instance. A second notice
 * correlated before the first one's (asynchronous) handling starts would otherwise overwrite them,
 * and both handling processes would get the second notice.
 */
@Component("vendorNoticeScope")
class NoticeScope implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    DelegateExecution contractLife = execution.getProcessInstance();
    for (String name : new String[] {NoticeProcess.NOTICE_ID.getName(), NoticeProcess.NOTICE_TYPE.getName(),
        NoticeProcess.NOTICE_PROCESS.getName()}) {
      Object value = execution.getVariable(name);
      execution.setVariableLocal(name, value);
      if (contractLife != null && contractLife != execution) {
        contractLife.removeVariableLocal(name);
      }
    }
  }
}
