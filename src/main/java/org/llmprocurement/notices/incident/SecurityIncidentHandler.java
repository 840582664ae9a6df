package org.llmprocurement.notices.incident;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorNoticeHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * SECURITY_INCIDENT notices: a vendor's first notice of an incident, or an update of one still open
 * ({@code payload.updateOf}); validated by {@link IncidentNotice} and {@link #problems},
 * handled by {@code vendor-security-incident}, recorded by hand with {@code record-security-incident}.
 */
@Component
class SecurityIncidentHandler implements VendorNoticeHandler {

  // the repository, not SecurityIncidents: VendorNotices needs the handlers, SecurityIncidents needs VendorNotices
  private final SecurityIncidentRepository incidents;

  SecurityIncidentHandler(SecurityIncidentRepository incidents) {
    this.incidents = incidents;
  }

  @Override
  public NoticeType type() {
    return NoticeType.SECURITY_INCIDENT;
  }

  @Override
  public String handlingProcess() {
    return IncidentProcess.KEY;
  }

  @Override
  public String recordingProcess() {
    return IncidentProcess.RECORD_KEY;
  }

  /**
   * Every problem with the payload ({@link IncidentNotice#read}, times checked against the engine
   * clock), and for an update, whether it names an open incident of this contract by the vendor's
   * id of its first notice.
   */
  @Override
  @Transactional(readOnly = true)
  public List<String> problems(JsonNode payload, Contract contract) {
    IncidentNotice.Read read = IncidentNotice.read(payload, EngineClock.now());
    List<String> problems = new ArrayList<>(read.problems());
    if (read.notice() != null && read.notice().isUpdate()) {
      String updateOf = read.notice().updateOf();
      Optional<SecurityIncident> incident = incidents.findFirstByVendorIdAndVendorNoticeIdOrderByIdAsc(contract.getVendorId(),
          updateOf);
      if (incident.isEmpty() || !incident.get().getContractId().equals(contract.getId())) {
        problems.add("payload." + IncidentNotice.UPDATE_OF + ": no incident of contract " + contract.getBusinessKey()
            + " was notified with the vendor's notice id '" + updateOf + "'");
      } else if (incident.get().getStatus() == SecurityIncident.Status.CLOSED) {
        problems.add("payload." + IncidentNotice.UPDATE_OF + ": the incident notified as '" + updateOf
            + "' is closed; report a new incident instead");
      }
    }
    return problems;
  }

  @Override
  public Set<String> processes() {
    return Set.of(IncidentProcess.KEY, IncidentProcess.RECORD_KEY);
  }

  @Override
  public Set<String> forms() {
    return IncidentProcess.FORMS;
  }

  @Override
  public Set<Class<?>> guards() {
    return Set.of(RecordSecurityIncidentStartGuard.class, IncidentTaskGuards.ObtainMissingContents.class,
        IncidentTaskGuards.Classify.class, IncidentTaskGuards.FileReport.class, IncidentTaskGuards.ReceiveRootCause.class,
        IncidentTaskGuards.ReceivePlan.class, IncidentTaskGuards.CloseActions.class);
  }
}
