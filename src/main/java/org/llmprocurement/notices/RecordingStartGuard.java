package org.llmprocurement.notices;

import java.util.List;
import java.util.Map;
import org.llmprocurement.guard.StartGuard;

/**
 * The start guard of one recording process ({@code record-*}): the same validation as the signed
 * API, through {@link VendorNotices#validateManual}, so a hand-recorded notice is refused naming
 * every problem (envelope fields and {@code payload} fields by their form keys) and starts nothing.
 * Each handler package declares one Spring bean per recording process.
 */
public abstract class RecordingStartGuard implements StartGuard {

  private final VendorNotices notices;
  private final String key;

  protected RecordingStartGuard(VendorNotices notices, String recordingProcessKey) {
    this.notices = notices;
    this.key = recordingProcessKey;
  }

  @Override
  public String processDefinitionKey() {
    return key;
  }

  @Override
  public List<String> validate(Map<String, Object> variables, String userId) {
    return notices.validateManual(key, variables);
  }

  /** Every field: {@code VendorNoticeRecorder} stores the notice and removes all start variables. */
  @Override
  public boolean recordedAtStart(String variableName) {
    return true;
  }
}
