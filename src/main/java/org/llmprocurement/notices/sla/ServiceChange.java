package org.llmprocurement.notices.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.llmprocurement.contracts.ContractStatus;
import org.llmprocurement.domain.Surface;
import org.llmprocurement.notices.sla.ServiceChangeRules.Change;
import org.llmprocurement.notices.sla.ServiceChangeRules.ExitDecision;

/** The vendor terminates, suspends or materially changes the service, and our exit decision: row of {@code service_change}. */
@Entity
@Table(name = "service_change")
public class ServiceChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "contract_id", nullable = false)
  private Long contractId;
  @Column(name = "notice_id", nullable = false)
  private Long noticeId;
  @Enumerated(EnumType.STRING)
  @Column(name = "change_kind", nullable = false, length = 20)
  private Change change;
  @Column(name = "effective_on", nullable = false)
  private LocalDate effectiveOn;
  @Column(nullable = false, length = 500)
  private String surfaces;
  @Column(nullable = false, length = 4000)
  private String description;
  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;
  @Column(name = "notice_days", nullable = false)
  private int noticeDays;
  @Column(name = "contracted_notice_days", nullable = false)
  private int contractedNoticeDays;
  @Column(name = "late_notice", nullable = false)
  private boolean lateNotice;
  @Enumerated(EnumType.STRING)
  @Column(name = "status_before", nullable = false, length = 20)
  private ContractStatus statusBefore;
  @Enumerated(EnumType.STRING)
  @Column(name = "exit_decision", length = 20)
  private ExitDecision exitDecision;
  @Column(name = "exit_reason", length = 4000)
  private String exitReason;
  @Column(name = "decided_by", length = 100)
  private String decidedBy;
  @Column(name = "decided_at")
  private Instant decidedAt;
  @Column(name = "escalated_at")
  private Instant escalatedAt;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;
  @Version
  @Column(name = "row_version", nullable = false)
  private int rowVersion;

  protected ServiceChange() {}

  ServiceChange(long contractId, long noticeId, ServiceChangeRules.Notice notice, LocalDate receivedOn, int contractedNoticeDays,
      ContractStatus statusBefore, Instant now) {
    this.contractId = contractId;
    this.noticeId = noticeId;
    this.change = notice.change();
    this.effectiveOn = notice.effectiveOn();
    this.surfaces = String.join(",", notice.surfaces().stream().map(Enum::name).toList());
    this.description = notice.description();
    this.receivedOn = receivedOn;
    this.noticeDays = (int) ServiceChangeRules.noticeDays(receivedOn, notice.effectiveOn());
    this.contractedNoticeDays = contractedNoticeDays;
    this.lateNotice = ServiceChangeRules.lateTermination(notice.change(), receivedOn, notice.effectiveOn(), contractedNoticeDays);
    this.statusBefore = statusBefore;
    this.recordedAt = now;
  }

  void decide(ServiceChangeRules.Decision decision, String userId, Instant now) {
    this.exitDecision = decision.decision();
    this.exitReason = decision.reason();
    this.decidedBy = userId;
    this.decidedAt = now;
  }

  void escalated(Instant now) {
    this.escalatedAt = now;
  }

  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public Long getNoticeId() { return noticeId; }
  public Change getChange() { return change; }
  public LocalDate getEffectiveOn() { return effectiveOn; }
  /** The surfaces affected; empty means all the contract covers. */
  public List<Surface> getSurfaces() {
    return surfaces.isBlank() ? List.of() : Arrays.stream(surfaces.split(",")).map(Surface::valueOf).toList();
  }
  public String getDescription() { return description; }
  public LocalDate getReceivedOn() { return receivedOn; }
  /** Days from receipt to the effective day; negative when it took effect before we heard. */
  public int getNoticeDays() { return noticeDays; }
  public int getContractedNoticeDays() { return contractedNoticeDays; }
  public boolean isLateNotice() { return lateNotice; }
  public ContractStatus getStatusBefore() { return statusBefore; }
  public ExitDecision getExitDecision() { return exitDecision; }
  public String getExitReason() { return exitReason; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public Instant getEscalatedAt() { return escalatedAt; }
  public Instant getRecordedAt() { return recordedAt; }
}
