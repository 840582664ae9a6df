package org.llmprocurement.negotiation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One item of a round (row of {@code negotiation_item}): what we asked, the vendor's answer, the
 * clause before and after, and who re-decided it when.
 */
@Entity
@Table(name = "negotiation_item")
class NegotiationItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @Column(name = "procurement_id", nullable = false)
  private Long procurementId;

  @Column(name = "requirement_id", nullable = false, length = 40)
  private String requirementId;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "owner_role", nullable = false, length = 40)
  private String ownerRole;

  @Column(name = "no_go", nullable = false)
  private boolean noGo;

  @Column(nullable = false)
  private boolean returned;

  @Column(length = 4000)
  private String finding;

  @Column(name = "document_id")
  private Long documentId;

  @Column(name = "section_before", length = 200)
  private String sectionBefore;

  @Column(name = "clause_before", length = 10000)
  private String clauseBefore;

  @Column(name = "position_rank", nullable = false)
  private int positionRank;

  @Column(name = "requested_wording", length = 4000)
  private String requestedWording;

  @Column(name = "fallback_wording", length = 4000)
  private String fallbackWording;

  @Enumerated(EnumType.STRING)
  @Column(name = "answer_kind", length = 30)
  private VendorAnswer.Kind answerKind;

  @Column(name = "answer_document_id")
  private Long answerDocumentId;

  @Column(name = "answer_section", length = 200)
  private String answerSection;

  @Column(name = "answer_clause", length = 10000)
  private String answerClause;

  @Column(name = "answer_reason", length = 4000)
  private String answerReason;

  @Column(name = "answer_verdict", length = 30)
  private String answerVerdict;

  @Column(name = "answered_by", length = 100)
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answered_via", length = 20)
  private String answeredVia;

  @Column(name = "clause_after", length = 10000)
  private String clauseAfter;

  @Column(name = "section_after", length = 200)
  private String sectionAfter;

  @Column(name = "redecided_status", length = 30)
  private String redecidedStatus;

  @Column(name = "redecided_by", length = 100)
  private String redecidedBy;

  @Column(name = "redecided_at")
  private Instant redecidedAt;

  protected NegotiationItem() {}

  NegotiationItem(long roundId, long procurementId, String requirementId, String title, String ownerRole, boolean noGo,
      boolean returned, String finding, Long documentId, String section, String clause, int positionRank,
      String requestedWording, String fallbackWording) {
    this.roundId = roundId;
    this.procurementId = procurementId;
    this.requirementId = requirementId;
    this.title = clip(title, 300);
    this.ownerRole = ownerRole;
    this.noGo = noGo;
    this.returned = returned;
    this.finding = clip(finding, 4000);
    this.documentId = documentId;
    this.sectionBefore = section;
    this.clauseBefore = clause;
    this.positionRank = positionRank;
    this.requestedWording = clip(requestedWording, 4000);
    this.fallbackWording = clip(fallbackWording, 4000);
  }

  static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }

  void editWording(String wording) {
    requestedWording = wording;
  }

  void answer(VendorAnswer answer, String verdict, String userId, Instant at, String via) {
    answerKind = answer.kind();
    answerDocumentId = answer.documentId();
    answerSection = answer.section();
    answerClause = answer.clauseText();
    answerReason = answer.reason();
    answerVerdict = verdict;
    answeredBy = userId;
    answeredAt = at;
    answeredVia = via;
  }

  void applied(String section, String clause) {
    sectionAfter = section;
    clauseAfter = clause;
  }

  void redecided(String status, String userId, Instant at) {
    redecidedStatus = status;
    redecidedBy = userId;
    redecidedAt = at;
  }

  VendorAnswer storedAnswer() {
    return answerKind == null ? null
        : new VendorAnswer(requirementId, answerKind, answerDocumentId, answerSection, answerClause, answerReason);
  }

  Long getId() { return id; }
  String getRequirementId() { return requirementId; }
  String getTitle() { return title; }
  String getOwnerRole() { return ownerRole; }
  boolean isNoGo() { return noGo; }
  boolean isReturned() { return returned; }
  String getFinding() { return finding; }
  Long getDocumentId() { return documentId; }
  String getSectionBefore() { return sectionBefore; }
  String getClauseBefore() { return clauseBefore; }
  int getPositionRank() { return positionRank; }
  String getRequestedWording() { return requestedWording; }
  String getFallbackWording() { return fallbackWording; }
  VendorAnswer.Kind getAnswerKind() { return answerKind; }
  Long getAnswerDocumentId() { return answerDocumentId; }
  String getAnswerSection() { return answerSection; }
  String getAnswerClause() { return answerClause; }
  String getAnswerReason() { return answerReason; }
  String getAnswerVerdict() { return answerVerdict; }
  String getAnsweredBy() { return answeredBy; }
  Instant getAnsweredAt() { return answeredAt; }
  String getAnsweredVia() { return answeredVia; }
  String getClauseAfter() { return clauseAfter; }
  String getSectionAfter() { return sectionAfter; }
  String getRedecidedStatus() { return redecidedStatus; }
  String getRedecidedBy() { return redecidedBy; }
  Instant getRedecidedAt() { return redecidedAt; }
}
