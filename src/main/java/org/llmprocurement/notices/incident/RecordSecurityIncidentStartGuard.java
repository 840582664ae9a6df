package org.llmprocurement.notices.incident;

import org.llmprocurement.notices.RecordingStartGuard;
import org.llmprocurement.notices.VendorNotices;
import org.springframework.stereotype.Component;

/**
 * Every start of {@code record-security-incident} carries a notice the API would accept: the
 * envelope (contract, sender's e-mail, optional vendor notice id) and the payload, every problem
 * named. Who may start is the engine's authorization (the notice recorders' grants).
 */
@Component
class RecordSecurityIncidentStartGuard extends RecordingStartGuard {

  RecordSecurityIncidentStartGuard(VendorNotices notices) {
    super(notices, IncidentProcess.RECORD_KEY);
  }
}
