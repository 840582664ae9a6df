package org.llmprocurement.notices.change;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorNoticeHandler;
import org.springframework.stereotype.Component;

/**
 * SUBPROCESSOR_CHANGE: the payload as {@link SubprocessorChanges#read} reads it; handled by
 * {@code vendor-subprocessor-change}, recorded by hand with {@code record-subprocessor-change}.
 */
@Component
class SubprocessorChangeHandler implements VendorNoticeHandler {

  @Override
  public NoticeType type() {
    return NoticeType.SUBPROCESSOR_CHANGE;
  }

  @Override
  public String handlingProcess() {
    return ChangeProcesses.SUBPROCESSOR_KEY;
  }

  @Override
  public String recordingProcess() {
    return ChangeProcesses.RECORD_SUBPROCESSOR_KEY;
  }

  @Override
  public List<String> problems(JsonNode payload, Contract contract) {
    return SubprocessorChanges.read(payload).problems();
  }

  @Override
  public Set<String> processes() {
    return Set.of(ChangeProcesses.SUBPROCESSOR_KEY, ChangeProcesses.RECORD_SUBPROCESSOR_KEY);
  }

  @Override
  public Set<String> forms() {
    return Set.of(ChangeProcesses.FORM_RECORD_SUBPROCESSOR, ChangeProcesses.FORM_DECIDE_OBJECTION);
  }

  @Override
  public Set<Class<?>> guards() {
    return Set.of(ChangeStartGuards.RecordSubprocessorChange.class, DecideSubprocessorObjectionGuard.class);
  }

  /** The change in a few words, e.g. "Subprocessor Vector Store Inc (US) added, effective 2027-02-01". */
  static String subject(SubprocessorChanges.SubprocessorChange change) {
    String where = change.location() == null ? "" : " (" + change.location() + ")";
    String what = switch (change.change()) {
      case ADDED -> "added";
      case REPLACED -> "replaces " + change.replaces();
      case REMOVED -> "removed";
    };
    return "Subprocessor " + change.name() + where + " " + what
        + ", effective " + change.effectiveDate();
  }
}
