package org.llmprocurement.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One catalogue requirement of one procurement under review, with its decision and references. */
@Entity
@Table(name = "review_item")
public class ReviewItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "procurement_id", nullable = false)
  private Long procurementId;

  @Column(name = "requirement_id", nullable = false, length = 40)
  private String requirementId;

  @Column(nullable = false, length = 60)
  private String area;

  @Column(name = "owner_role", nullable = false, length = 40)
  private String ownerRole;

  @Column(name = "no_go", nullable = false)
  private boolean noGo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private ReviewStatus status;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private ReviewDecisionKind decision;

  @Column(name = "document_id")
  private Long documentId;

  @Column(name = "section_ref", length = 200)
  private String sectionRef;

  @Column(name = "clause_text", length = 10000)
  private String clauseText;

  @Column(name = "document2_id")
  private Long document2Id;

  @Column(name = "section2_ref", length = 200)
  private String section2Ref;

  @Column(name = "clause2_text", length = 10000)
  private String clause2Text;

  @Column(name = "controlling_reference", length = 20)
  private String controllingReference;

  @Column(name = "evidence_document_id")
  private Long evidenceDocumentId;

  @Column(name = "evidence_expiry")
  private LocalDate evidenceExpiry;

  @Column(length = 4000)
  private String justification;

  @Column(name = "dispute_justification", length = 4000)
  private String disputeJustification;

  @Column(name = "analysis_verdict", length = 30)
  private String analysisVerdict;

  @Column(length = 4000)
  private String finding;

  @Column(name = "analysis_explanation", length = 4000)
  private String analysisExplanation;

  @Column(length = 1000)
  private String figures;

  @Column(length = 1000)
  private String conflict;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "approved_by", length = 100)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "approval_comment", length = 4000)
  private String approvalComment;

  @Column(name = "review_round", nullable = false)
  private int reviewRound;

  /** Why the item was sent back for a new decision (vendor changed the clause, sign-off rejected it). */
  @Column(name = "reopen_reason", length = 4000)
  private String reopenReason;

  protected ReviewItem() {}

  ReviewItem(Long procurementId, String requirementId, String area, String ownerRole, boolean noGo) {
    this.procurementId = procurementId;
    this.requirementId = requirementId;
    this.area = area;
    this.ownerRole = ownerRole;
    this.noGo = noGo;
    this.status = ReviewStatus.OPEN;
    this.reviewRound = 1;
  }

  /** Records a reviewer's decision as judged by {@link ReviewRules}. */
  void record(ReviewRules.Outcome outcome, ReviewInput input, String userId, Instant at) {
    this.decision = input.decision();
    this.status = outcome.status();
    this.documentId = input.documentId();
    this.sectionRef = input.section();
    this.clauseText = input.clauseText();
    this.document2Id = input.document2Id();
    this.section2Ref = input.section2();
    this.clause2Text = input.clause2Text();
    this.controllingReference = outcome.controllingReference();
    this.evidenceDocumentId = input.evidenceDocumentId();
    this.evidenceExpiry = input.evidenceExpiry();
    this.justification = input.justification();
    this.disputeJustification = outcome.status() == ReviewStatus.DISPUTE_PENDING ? input.justification() : null;
    this.analysisVerdict = outcome.verdict();
    // derived from the clause analysis and the references' labels: they grow with the input, the columns do not
    this.finding = clip(outcome.finding(), FINDING_LENGTH);
    this.analysisExplanation = clip(outcome.explanation(), FINDING_LENGTH);
    this.figures = clip(outcome.figures(), FIGURES_LENGTH);
    this.conflict = clip(outcome.conflict(), CONFLICT_LENGTH);
    this.decidedBy = userId;
    this.decidedAt = at;
    this.approvedBy = null;
    this.approvedAt = null;
    this.approvalComment = null;
  }

  static final int FINDING_LENGTH = 4000;
  static final int FIGURES_LENGTH = 1000;
  static final int CONFLICT_LENGTH = 1000;

  /** The text, cut to fit its column with an ellipsis when longer. */
  static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }

  /** An approver's answer to a waiver or a disputed finding. */
  void approve(boolean approved, String userId, String comment, Instant at) {
    if (status == ReviewStatus.WAIVER_PENDING) {
      status = approved ? ReviewStatus.WAIVED : ReviewStatus.GAP;
    } else if (status == ReviewStatus.DISPUTE_PENDING) {
      status = approved ? ReviewStatus.MET : ReviewStatus.GAP;
    } else {
      throw new IllegalStateException(requirementId + " waits for no approval");
    }
    approvedBy = userId;
    approvedAt = at;
    approvalComment = comment;
  }

  /** Opens the item again for a new decision, e.g. after a negotiation round changed its clause. */
  void reopen(int round, String reason) {
    status = ReviewStatus.OPEN;
    reviewRound = round;
    reopenReason = reason;
  }

  /** The vendor changed the clause in negotiation: the new text and where it stands; the decision is left for the owner. */
  void reviseClause(Long documentId, String section, String text) {
    if (documentId != null) {
      this.documentId = documentId;
    }
    if (section != null) {
      this.sectionRef = section;
    }
    this.clauseText = text;
  }

  /** The procurement's tier changed: whether a gap here is a deal-breaker now. */
  void retier(boolean noGo) {
    this.noGo = noGo;
  }

  /** No longer required at the procurement's tier: set aside with the reason, the earlier decision on record. */
  void setAside(String reason, Instant at) {
    this.status = ReviewStatus.NOT_APPLICABLE;
    this.justification = clip(reason, 4000);
    this.decidedBy = "system";
    this.decidedAt = at;
  }

  public String getReopenReason() { return reopenReason; }
  public Long getId() { return id; }
  public Long getProcurementId() { return procurementId; }
  public String getRequirementId() { return requirementId; }
  public String getArea() { return area; }
  public String getOwnerRole() { return ownerRole; }
  public boolean isNoGo() { return noGo; }
  public ReviewStatus getStatus() { return status; }
  public ReviewDecisionKind getDecision() { return decision; }
  public Long getDocumentId() { return documentId; }
  public String getSectionRef() { return sectionRef; }
  public String getClauseText() { return clauseText; }
  public Long getDocument2Id() { return document2Id; }
  public String getSection2Ref() { return section2Ref; }
  public String getClause2Text() { return clause2Text; }
  public String getControllingReference() { return controllingReference; }
  public Long getEvidenceDocumentId() { return evidenceDocumentId; }
  public LocalDate getEvidenceExpiry() { return evidenceExpiry; }
  public String getJustification() { return justification; }
  public String getDisputeJustification() { return disputeJustification; }
  public String getAnalysisVerdict() { return analysisVerdict; }
  public String getFinding() { return finding; }
  /** Why the clause analysis judged the clause as it did; null unless the decision was MET. */
  public String getAnalysisExplanation() { return analysisExplanation; }
  public String getFigures() { return figures; }
  public String getConflict() { return conflict; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getApprovedBy() { return approvedBy; }
  public Instant getApprovedAt() { return approvedAt; }
  public String getApprovalComment() { return approvalComment; }
  public int getReviewRound() { return reviewRound; }
}
