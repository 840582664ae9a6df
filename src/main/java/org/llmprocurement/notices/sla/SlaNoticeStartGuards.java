package org.llmprocurement.notices.sla;

import org.llmprocurement.notices.RecordingStartGuard;
import org.llmprocurement.notices.VendorNotices;
import org.springframework.stereotype.Component;

/**
 * Every start of a recording process (Tasklist start form, {@code /engine-rest}) carries a valid
 * notice: the envelope and the payload as {@link VendorNotices#validateManual} checks them, the
 * same rules as the vendor-notice API. Who may start is the engine's authorization (the notice grants).
 */
final class SlaNoticeStartGuards {

  private SlaNoticeStartGuards() {}

  /** {@code record-sla-violation}. */
  @Component
  static class RecordSlaViolationGuard extends RecordingStartGuard {
    RecordSlaViolationGuard(VendorNotices notices) {
      super(notices, SlaNoticeProcesses.SLA_RECORDING_KEY);
    }
  }

  /** {@code record-harmful-output}. */
  @Component
  static class RecordHarmfulOutputGuard extends RecordingStartGuard {
    RecordHarmfulOutputGuard(VendorNotices notices) {
      super(notices, SlaNoticeProcesses.HARMFUL_RECORDING_KEY);
    }
  }

  /** {@code record-service-change}. */
  @Component
  static class RecordServiceChangeGuard extends RecordingStartGuard {
    RecordServiceChangeGuard(VendorNotices notices) {
      super(notices, SlaNoticeProcesses.CHANGE_RECORDING_KEY);
    }
  }
}
