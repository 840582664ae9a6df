package org.llmprocurement.notices.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.llmprocurement.notices.NoticeType;

/**
 * One change notice as handled (table {@code vendor_change}): what the comparison with the register
 * found, how the advance notice measured up, the window, the decision and what followed it.
 */
@Entity
@Table(name = "vendor_change")
public class VendorChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "notice_id", nullable = false)
  private Long noticeId;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Column(name = "business_key", nullable = false, length = 40)
  private String businessKey;

  @Column(name = "notice_type", nullable = false, length = 30)
  private String noticeType;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  /** What changes, in a few words (task names, mails). */
  @Column(nullable = false, length = 300)
  private String subject;

  /** What the comparison with the register found, one finding per line. */
  @Column(nullable = false, length = 8000)
  private String findings;

  /** Whether the change does not match the register as the vendor describes it. */
  @Column(nullable = false)
  private boolean flagged;

  @Column(name = "notice_finding", nullable = false, length = 30)
  private String noticeFinding;

  @Column(name = "notice_days_given")
  private Integer noticeDaysGiven;

  @Column(name = "notice_days_required", nullable = false)
  private int noticeDaysRequired;

  @Column(name = "notice_days_code", nullable = false, length = 60)
  private String noticeDaysCode;

  @Column(name = "window_days")
  private Integer windowDays;

  @Column(name = "window_code", length = 60)
  private String windowCode;

  @Column(name = "window_ends")
  private LocalDate windowEnds;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  @Column(name = "outside_regions")
  private Boolean outsideRegions;

  @Column(length = 20)
  private String residency;

  @Column(name = "residency_note", length = 4000)
  private String residencyNote;

  @Column(name = "residency_checked_by", length = 100)
  private String residencyCheckedBy;

  @Column(length = 20)
  private String decision;

  @Column(name = "decision_reason", length = 4000)
  private String decisionReason;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "amended_version")
  private Integer amendedVersion;

  @Column(name = "follow_up_deadline")
  private LocalDate followUpDeadline;

  @Column(name = "follow_up_escalated_at")
  private Instant followUpEscalatedAt;

  @Column(name = "follow_up_outcome", length = 20)
  private String followUpOutcome;

  @Column(name = "follow_up_note", length = 4000)
  private String followUpNote;

  @Column(name = "follow_up_by", length = 100)
  private String followUpBy;

  @Column(name = "follow_up_at")
  private Instant followUpAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected VendorChange() {}

  VendorChange(long noticeId, long contractId, String businessKey, NoticeType type, String processInstanceId, String subject,
      String findings, boolean flagged, ChangeWindows.Notice notice, Instant now) {
    this.noticeId = noticeId;
    this.contractId = contractId;
    this.businessKey = businessKey;
    this.noticeType = type.name();
    this.processInstanceId = processInstanceId;
    this.subject = clip(subject, 300);
    this.findings = clip(findings, 8000);
    this.flagged = flagged;
    this.noticeFinding = notice.finding().name();
    this.noticeDaysGiven = notice.givenDays() == null ? null : (int) Math.max(Integer.MIN_VALUE,
        Math.min(Integer.MAX_VALUE, notice.givenDays()));
    this.noticeDaysRequired = notice.required().days();
    this.noticeDaysCode = notice.required().code();
    this.createdAt = now;
  }

  static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }

  void window(ChangeWindows.Period period, LocalDate ends) {
    this.windowDays = period.days();
    this.windowCode = period.code();
    this.windowEnds = ends;
  }

  void outsideRegions(boolean outside) {
    this.outsideRegions = outside;
  }

  void escalated(Instant now) {
    if (escalatedAt == null) {
      escalatedAt = now;
    }
  }

  void residencyChecked(String residency, String note, String userId) {
    this.residency = residency;
    this.residencyNote = note;
    this.residencyCheckedBy = userId;
  }

  void decide(String decision, String reason, String userId, Instant now) {
    this.decision = decision;
    this.decisionReason = clip(reason, 4000);
    this.decidedBy = userId;
    this.decidedAt = now;
  }

  void amended(int version) {
    this.amendedVersion = version;
  }

  void followUpDue(LocalDate deadline) {
    this.followUpDeadline = deadline;
  }

  void followUpEscalated(Instant now) {
    if (followUpEscalatedAt == null) {
      followUpEscalatedAt = now;
    }
  }

  void followedUp(String outcome, String note, String userId, Instant now) {
    this.followUpOutcome = outcome;
    this.followUpNote = clip(note, 4000);
    this.followUpBy = userId;
    this.followUpAt = now;
  }

  public Long getId() { return id; }
  public Long getNoticeId() { return noticeId; }
  public Long getContractId() { return contractId; }
  public String getBusinessKey() { return businessKey; }
  public String getNoticeType() { return noticeType; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getSubject() { return subject; }
  public String getFindings() { return findings; }
  public boolean isFlagged() { return flagged; }
  /** {@link ChangeWindows.NoticeFinding} name. */
  public String getNoticeFinding() { return noticeFinding; }
  /** Days of advance notice given, {@code null} when unannounced. */
  public Integer getNoticeDaysGiven() { return noticeDaysGiven; }
  public int getNoticeDaysRequired() { return noticeDaysRequired; }
  public String getNoticeDaysCode() { return noticeDaysCode; }
  /** The window's length in days, {@code null} for a region change (no window). */
  public Integer getWindowDays() { return windowDays; }
  public String getWindowCode() { return windowCode; }
  /** The window's last day (UTC), {@code null} for a region change. */
  public LocalDate getWindowEnds() { return windowEnds; }
  public Instant getEscalatedAt() { return escalatedAt; }
  /** For a region change: whether the comparison found regions outside the contract. */
  public Boolean getOutsideRegions() { return outsideRegions; }
  public String getResidency() { return residency; }
  public String getResidencyNote() { return residencyNote; }
  public String getResidencyCheckedBy() { return residencyCheckedBy; }
  public String getDecision() { return decision; }
  public String getDecisionReason() { return decisionReason; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  /** The register version accepting the change made, or {@code null}. */
  public Integer getAmendedVersion() { return amendedVersion; }
  /** The rollback deadline (last day, UTC), or {@code null}. */
  public LocalDate getFollowUpDeadline() { return followUpDeadline; }
  public Instant getFollowUpEscalatedAt() { return followUpEscalatedAt; }
  /** ROLLED_BACK, AGREED or NOT_AGREED once followed up. */
  public String getFollowUpOutcome() { return followUpOutcome; }
  public String getFollowUpNote() { return followUpNote; }
  public String getFollowUpBy() { return followUpBy; }
  public Instant getFollowUpAt() { return followUpAt; }
  public Instant getCreatedAt() { return createdAt; }
}
