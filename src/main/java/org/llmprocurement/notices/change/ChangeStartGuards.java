package org.llmprocurement.notices.change;

import org.llmprocurement.notices.RecordingStartGuard;
import org.llmprocurement.notices.VendorNotices;
import org.springframework.stereotype.Component;

/**
 * The start guards of the recording processes: every start (Tasklist start form,
 * {@code /engine-rest}, the Java API) carries the envelope (contract, sender's e-mail, optional
 * vendor notice id) and a payload the API would accept ({@link VendorNotices#validateManual}).
 */
final class ChangeStartGuards {

  private ChangeStartGuards() {}

  /** {@code record-model-change}. */
  @Component
  static class RecordModelChange extends RecordingStartGuard {
    RecordModelChange(VendorNotices notices) {
      super(notices, ChangeProcesses.RECORD_MODEL_KEY);
    }
  }

  /** {@code record-subprocessor-change}. */
  @Component
  static class RecordSubprocessorChange extends RecordingStartGuard {
    RecordSubprocessorChange(VendorNotices notices) {
      super(notices, ChangeProcesses.RECORD_SUBPROCESSOR_KEY);
    }
  }

  /** {@code record-region-change}. */
  @Component
  static class RecordRegionChange extends RecordingStartGuard {
    RecordRegionChange(VendorNotices notices) {
      super(notices, ChangeProcesses.RECORD_REGION_KEY);
    }
  }
}
