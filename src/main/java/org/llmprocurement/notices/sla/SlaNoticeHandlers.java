package org.llmprocurement.notices.sla;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorNoticeHandler;
import org.springframework.stereotype.Component;

/** The handlers of the SLA_VIOLATION, HARMFUL_OUTPUT and SERVICE_CHANGE notices: one bean per type. */
final class SlaNoticeHandlers {

  private SlaNoticeHandlers() {}

  /** SLA_VIOLATION: recorded, credited and counted; repeated violations go to legal. */
  @Component
  static class SlaViolationHandler implements VendorNoticeHandler {

    private final SlaViolationCheck check;

    SlaViolationHandler(SlaViolationCheck check) {
      this.check = check;
    }

    @Override
    public NoticeType type() {
      return NoticeType.SLA_VIOLATION;
    }

    @Override
    public String handlingProcess() {
      return SlaNoticeProcesses.SLA_KEY;
    }

    @Override
    public String recordingProcess() {
      return SlaNoticeProcesses.SLA_RECORDING_KEY;
    }

    @Override
    public List<String> problems(JsonNode payload, Contract contract) {
      return check.problems(payload, contract);
    }

    @Override
    public Set<String> processes() {
      return Set.of(SlaNoticeProcesses.SLA_KEY, SlaNoticeProcesses.SLA_RECORDING_KEY);
    }

    @Override
    public Set<String> forms() {
      return Set.of(SlaNoticeProcesses.SLA_RECORDING_KEY, SlaNoticeProcesses.SLA_REMEDY_FORM);
    }

    @Override
    public Set<Class<?>> guards() {
      return Set.of(SlaNoticeStartGuards.RecordSlaViolationGuard.class, DecideSlaRemedyGuard.class);
    }
  }

  /**
   * HARMFUL_OUTPUT: reported by our own teams from Tasklist only; the signed vendor API refuses it
   * (a vendor does not report its own harmful output to us this way, and the deployer's duty to
   * suspend rests on our own observation).
   */
  @Component
  static class HarmfulOutputHandler implements VendorNoticeHandler {


    @Override
    public NoticeType type() {
      return NoticeType.HARMFUL_OUTPUT;
    }

    @Override
    public String handlingProcess() {
      return SlaNoticeProcesses.HARMFUL_KEY;
    }

    @Override
    public String recordingProcess() {
      return SlaNoticeProcesses.HARMFUL_RECORDING_KEY;
    }

    @Override
    public List<String> problems(JsonNode payload, Contract contract) {
      return HarmfulOutputRules.problems(payload, contract.getSurfaces(), EngineClock.today());
    }

    @Override
    public boolean fromVendor() {
      return false;
    }

    @Override
    public Set<String> processes() {
      return Set.of(SlaNoticeProcesses.HARMFUL_KEY, SlaNoticeProcesses.HARMFUL_RECORDING_KEY);
    }

    @Override
    public Set<String> forms() {
      return Set.of(SlaNoticeProcesses.HARMFUL_RECORDING_KEY, SlaNoticeProcesses.SUSPENSION_FORM,
          SlaNoticeProcesses.REMEDIATION_FORM);
    }

    @Override
    public Set<Class<?>> guards() {
      return Set.of(SlaNoticeStartGuards.RecordHarmfulOutputGuard.class, DecideUseCaseSuspensionGuard.class,
          ConfirmVendorRemediationGuard.class);
    }
  }

  /** SERVICE_CHANGE: the vendor terminates, suspends or materially changes the service; starts the exit decision. */
  @Component
  static class ServiceChangeHandler implements VendorNoticeHandler {


    @Override
    public NoticeType type() {
      return NoticeType.SERVICE_CHANGE;
    }

    @Override
    public String handlingProcess() {
      return SlaNoticeProcesses.CHANGE_KEY;
    }

    @Override
    public String recordingProcess() {
      return SlaNoticeProcesses.CHANGE_RECORDING_KEY;
    }

    @Override
    public List<String> problems(JsonNode payload, Contract contract) {
      return ServiceChangeRules.problems(payload, contract.getSurfaces());
    }

    @Override
    public Set<String> processes() {
      return Set.of(SlaNoticeProcesses.CHANGE_KEY, SlaNoticeProcesses.CHANGE_RECORDING_KEY);
    }

    @Override
    public Set<String> forms() {
      return Set.of(SlaNoticeProcesses.CHANGE_RECORDING_KEY, SlaNoticeProcesses.EXIT_FORM);
    }

    @Override
    public Set<Class<?>> guards() {
      return Set.of(SlaNoticeStartGuards.RecordServiceChangeGuard.class, DecideExitGuard.class);
    }
  }
}
