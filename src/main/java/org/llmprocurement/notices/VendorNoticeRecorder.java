package org.llmprocurement.notices;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.guard.Values;
import org.llmprocurement.lifecycle.ProcessData;
import org.springframework.stereotype.Component;

/**
 * On the start event of every recording process ({@code record-*}): stores the hand-entered notice
 * with who recorded it and the e-mail it came from, hands it to the contract life, gives the
 * recording its contract's business key, and keeps only {@code noticeId} and {@code contractId} as
 * variables (the notice's fields live in {@code vendor_notice}). The start guard validated the
 * fields; a refusal here means it was bypassed and fails the start.
 */
@Component("vendorNoticeRecorder")
class VendorNoticeRecorder implements ExecutionListener {

  private final VendorNotices notices;
  private final IdentityService identity;
  private final RepositoryService repository;

  VendorNoticeRecorder(VendorNotices notices, IdentityService identity, RepositoryService repository) {
    this.notices = notices;
    this.identity = identity;
    this.repository = repository;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String key = repository.getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    Map<String, Object> fields = Values.plain(execution.getVariables());
    VendorNotice notice = notices.recordManual(key, fields, EngineIdentity.current(identity).userId()).notice();
    execution.setProcessBusinessKey(notice.getBusinessKey());
    execution.removeVariables(fields.keySet());
    ProcessData.write(NoticeProcess.NOTICE_ID, execution, notice.getId());
    ProcessData.write(NoticeProcess.NOTICE_TYPE, execution, notice.getType().name());
  }
}
