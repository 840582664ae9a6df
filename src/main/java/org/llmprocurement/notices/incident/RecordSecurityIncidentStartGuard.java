package org.llmprocurement.notices.incident;

import java.util.List;
import java.util.Map;
import org.llmprocurement.guard.StartGuard;
import org.llmprocurement.notices.VendorNotices;
import org.springframework.stereotype.Component;

/**
 * Every start of {@code record-security-incident} carries a notice the API would accept: the
 * envelope (contract, sender's e-mail, optional vendor notice id) and the payload, every problem
 * named. Who may start is the engine's authorization (the notice recorders' grants).
 */
@Component
class RecordSecurityIncidentStartGuard implements StartGuard {

  private final VendorNotices notices;

  RecordSecurityIncidentStartGuard(VendorNotices notices) {
    this.notices = notices;
  }

  @Override
  public String processDefinitionKey() {
    return IncidentProcess.RECORD_KEY;
  }

  @Override
  public List<String> validate(Map<String, Object> variables, String userId) {
    return notices.validateManual(IncidentProcess.RECORD_KEY, variables);
  }
}
