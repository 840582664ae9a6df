package org.llmprocurement.notices.sla;

import java.util.List;
import java.util.Map;
import org.llmprocurement.guard.StartGuard;
import org.llmprocurement.notices.VendorNotices;
import org.springframework.stereotype.Component;

/**
 * Every start of a recording process (Tasklist start form, {@code /engine-rest}) carries a valid
 * notice: the envelope and the payload as {@link VendorNotices#validateManual} checks them, the
 * same rules as the vendor-notice API. Who may start is the engine's authorization (the notice grants).
 */
final class SlaNoticeStartGuards {

  private SlaNoticeStartGuards() {}

  private abstract static class RecordingGuard implements StartGuard {
    private final VendorNotices notices;
    private final String key;

    RecordingGuard(VendorNotices notices, String key) {
      this.notices = notices;
      this.key = key;
    }

    @Override
    public String processDefinitionKey() {
      return key;
    }

    @Override
    public List<String> validate(Map<String, Object> variables, String userId) {
      return notices.validateManual(key, variables);
    }
  }

  /** {@code record-sla-violation}. */
  @Component
  static class RecordSlaViolationGuard extends RecordingGuard {
    RecordSlaViolationGuard(VendorNotices notices) {
      super(notices, SlaNoticeProcesses.SLA_RECORDING_KEY);
    }
  }

  /** {@code record-harmful-output}. */
  @Component
  static class RecordHarmfulOutputGuard extends RecordingGuard {
    RecordHarmfulOutputGuard(VendorNotices notices) {
      super(notices, SlaNoticeProcesses.HARMFUL_RECORDING_KEY);
    }
  }

  /** {@code record-service-change}. */
  @Component
  static class RecordServiceChangeGuard extends RecordingGuard {
    RecordServiceChangeGuard(VendorNotices notices) {
      super(notices, SlaNoticeProcesses.CHANGE_RECORDING_KEY);
    }
  }
}
