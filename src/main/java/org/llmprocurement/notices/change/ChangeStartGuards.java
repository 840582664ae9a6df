package org.llmprocurement.notices.change;

import java.util.List;
import java.util.Map;
import org.llmprocurement.guard.StartGuard;
import org.llmprocurement.notices.VendorNotices;
import org.springframework.stereotype.Component;

/**
 * The start guards of the recording processes: every start (Tasklist start form,
 * {@code /engine-rest}, the Java API) carries the envelope (contract, sender's e-mail, optional
 * vendor notice id) and a payload the API would accept ({@link VendorNotices#validateManual}).
 */
final class ChangeStartGuards {

  private ChangeStartGuards() {}

  /** Validates the start variables of one recording process. */
  abstract static class RecordingGuard implements StartGuard {

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

  /** {@code record-model-change}. */
  @Component
  static class RecordModelChange extends RecordingGuard {
    RecordModelChange(VendorNotices notices) {
      super(notices, ChangeProcesses.RECORD_MODEL_KEY);
    }
  }

  /** {@code record-subprocessor-change}. */
  @Component
  static class RecordSubprocessorChange extends RecordingGuard {
    RecordSubprocessorChange(VendorNotices notices) {
      super(notices, ChangeProcesses.RECORD_SUBPROCESSOR_KEY);
    }
  }

  /** {@code record-region-change}. */
  @Component
  static class RecordRegionChange extends RecordingGuard {
    RecordRegionChange(VendorNotices notices) {
      super(notices, ChangeProcesses.RECORD_REGION_KEY);
    }
  }
}
