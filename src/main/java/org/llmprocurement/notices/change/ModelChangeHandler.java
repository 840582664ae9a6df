package org.llmprocurement.notices.change;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorNoticeHandler;
import org.springframework.stereotype.Component;

/**
 * MODEL_CHANGE: the payload as {@link ModelChanges#read} reads it; handled by
 * {@code vendor-model-change}, recorded by hand with {@code record-model-change}. A model the
 * register does not pin is flagged by the handling, not refused here.
 */
@Component
class ModelChangeHandler implements VendorNoticeHandler {

  @Override
  public NoticeType type() {
    return NoticeType.MODEL_CHANGE;
  }

  @Override
  public String handlingProcess() {
    return ChangeProcesses.MODEL_KEY;
  }

  @Override
  public String recordingProcess() {
    return ChangeProcesses.RECORD_MODEL_KEY;
  }

  @Override
  public List<String> problems(JsonNode payload, Contract contract) {
    return ModelChanges.read(payload).problems();
  }

  @Override
  public Set<String> processes() {
    return Set.of(ChangeProcesses.MODEL_KEY, ChangeProcesses.RECORD_MODEL_KEY);
  }

  @Override
  public Set<String> forms() {
    return Set.of(ChangeProcesses.FORM_RECORD_MODEL, ChangeProcesses.FORM_ASSESS_MODEL, ChangeProcesses.FORM_DECIDE_MODEL,
        ChangeProcesses.FORM_CONFIRM_ROLLBACK, ChangeProcesses.FORM_RENEGOTIATE);
  }

  @Override
  public Set<Class<?>> guards() {
    return Set.of(ChangeStartGuards.RecordModelChange.class, AssessModelChangeGuard.class, DecideModelChangeGuard.class,
        ConfirmModelRollbackGuard.class, RenegotiateChangeGuard.Model.class);
  }

  /** The change in a few words, e.g. "Version replacement of assist-large 2026-09-01 → 2027-01-15, effective 2027-02-01". */
  static String subject(ModelChanges.ModelChange change) {
    String kind = change.kind().name().replace('_', ' ').toLowerCase(Locale.ROOT);
    String versions = change.currentVersion() == null && change.newVersion() == null ? ""
        : " " + (change.currentVersion() == null ? "" : change.currentVersion())
            + (change.newVersion() == null ? "" : (change.currentVersion() == null ? "" : " ") + "\u2192 " + change.newVersion());
    return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " of " + change.modelName() + versions + ", effective "
        + change.effectiveDate();
  }
}
