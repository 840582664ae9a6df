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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;
import org.llmprocurement.notices.sla.RepeatedViolationRules.Remedy;

/**
 * One missed service level of a contract: row of {@code sla_violation}. Figures in the metric's
 * {@link #getUnit() unit}; money in the notice's currency.
 */
@Entity
@Table(name = "sla_violation")
public class SlaViolation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "contract_id", nullable = false)
  private Long contractId;
  @Column(name = "notice_id", nullable = false)
  private Long noticeId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private SlaMetric metric;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Surface surface;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Region region;
  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;
  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;
  @Column(nullable = false, length = 30)
  private String unit;
  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal measured;
  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal committed;
  @Enumerated(EnumType.STRING)
  @Column(name = "committed_source", nullable = false, length = 20)
  private SlaViolationRules.Source committedSource;
  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal shortfall;
  @Enumerated(EnumType.STRING)
  @Column(name = "credit_status", nullable = false, length = 20)
  private ServiceCreditRules.Status creditStatus;
  @Column(name = "credit_percent", precision = 7, scale = 2)
  private BigDecimal creditPercent;
  @Column(name = "monthly_fee", precision = 19, scale = 2)
  private BigDecimal monthlyFee;
  @Column(length = 3)
  private String currency;
  @Column(name = "credit_amount", precision = 19, scale = 2)
  private BigDecimal creditAmount;
  @Column(name = "credit_note", nullable = false, length = 500)
  private String creditNote;
  @Column(nullable = false)
  private int counted;
  @Column(name = "threshold_violations", nullable = false)
  private int thresholdViolations;
  @Column(name = "threshold_months", nullable = false)
  private int thresholdMonths;
  @Enumerated(EnumType.STRING)
  @Column(name = "threshold_source", nullable = false, length = 20)
  private ViolationWindow.Source thresholdSource;
  @Column(name = "window_start", nullable = false)
  private LocalDate windowStart;
  @Column(name = "window_end", nullable = false)
  private LocalDate windowEnd;
  @Column(name = "threshold_reached", nullable = false)
  private boolean thresholdReached;
  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Remedy remedy;
  @Column(name = "data_flows", length = 200)
  private String dataFlows;
  @Column(name = "remedy_reason", length = 4000)
  private String remedyReason;
  @Column(name = "decided_by", length = 100)
  private String decidedBy;
  @Column(name = "decided_at")
  private Instant decidedAt;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;
  @Version
  @Column(name = "row_version", nullable = false)
  private int rowVersion;

  protected SlaViolation() {}

  SlaViolation(long contractId, long noticeId, SlaViolationRules.Violation v, SlaViolationRules.Commitment commitment,
      BigDecimal shortfall, ServiceCreditRules.Credit credit, ViolationWindow.Threshold threshold, ViolationWindow.Count count,
      Instant now) {
    this.contractId = contractId;
    this.noticeId = noticeId;
    this.metric = v.metric();
    this.surface = v.surface();
    this.region = v.region();
    this.periodStart = v.periodStart();
    this.periodEnd = v.periodEnd();
    this.unit = v.metric().unit();
    this.measured = v.measured();
    this.committed = commitment.figure();
    this.committedSource = commitment.source();
    this.shortfall = shortfall;
    this.creditStatus = credit.status();
    this.creditPercent = credit.percent();
    this.monthlyFee = v.monthlyFee();
    this.currency = v.currency();
    this.creditAmount = credit.amount();
    this.creditNote = credit.note().length() > 500 ? credit.note().substring(0, 500) : credit.note();
    this.counted = count.counted();
    this.thresholdViolations = threshold.violations();
    this.thresholdMonths = threshold.months();
    this.thresholdSource = threshold.source();
    this.windowStart = count.windowStart();
    this.windowEnd = count.windowEnd();
    this.thresholdReached = count.reached();
    this.recordedAt = now;
  }

  void decide(RepeatedViolationRules.Decision decision, String userId, Instant now) {
    this.remedy = decision.remedy();
    this.dataFlows = decision.dataFlows().isEmpty() ? null
        : String.join(",", decision.dataFlows().stream().map(Enum::name).toList());
    this.remedyReason = decision.reason();
    this.decidedBy = userId;
    this.decidedAt = now;
  }

  public Long getId() { return id; }
  public Long getContractId() { return contractId; }
  public Long getNoticeId() { return noticeId; }
  public SlaMetric getMetric() { return metric; }
  public Surface getSurface() { return surface; }
  public Region getRegion() { return region; }
  public LocalDate getPeriodStart() { return periodStart; }
  public LocalDate getPeriodEnd() { return periodEnd; }
  public String getUnit() { return unit; }
  public BigDecimal getMeasured() { return measured; }
  public BigDecimal getCommitted() { return committed; }
  public SlaViolationRules.Source getCommittedSource() { return committedSource; }
  public BigDecimal getShortfall() { return shortfall; }
  public ServiceCreditRules.Status getCreditStatus() { return creditStatus; }
  public BigDecimal getCreditPercent() { return creditPercent; }
  public BigDecimal getMonthlyFee() { return monthlyFee; }
  public String getCurrency() { return currency; }
  public BigDecimal getCreditAmount() { return creditAmount; }
  public String getCreditNote() { return creditNote; }
  /** Violations in the fullest window holding this one, this one included. */
  public int getCounted() { return counted; }
  public int getThresholdViolations() { return thresholdViolations; }
  public int getThresholdMonths() { return thresholdMonths; }
  public ViolationWindow.Source getThresholdSource() { return thresholdSource; }
  public LocalDate getWindowStart() { return windowStart; }
  /** First day after the window. */
  public LocalDate getWindowEnd() { return windowEnd; }
  public boolean isThresholdReached() { return thresholdReached; }
  public Remedy getRemedy() { return remedy; }
  /** Suspended data types, comma-separated, or {@code null}. */
  public String getDataFlows() { return dataFlows; }
  public String getRemedyReason() { return remedyReason; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public Instant getRecordedAt() { return recordedAt; }
}
