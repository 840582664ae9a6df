package org.llmprocurement.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.llmprocurement.catalogue.Catalogue;
import org.llmprocurement.catalogue.OwnerRole;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.Procurement;
import org.springframework.stereotype.Component;

/** What the review forms show: the rows of a review task and of an approval task, and the documents. */
@Component
public class ReviewForms {

  private final PinnedVersions pinned;
  private final IntakeService intake;
  private final ReviewDocuments documents;

  ReviewForms(PinnedVersions pinned, IntakeService intake, ReviewDocuments documents) {
    this.pinned = pinned;
    this.intake = intake;
    this.documents = documents;
  }

  /** The rows a review form shows: what we want and the row's current (saved) decision. */
  public List<ReviewRow> rows(long procurementId, List<ReviewItem> packageItems) {
    Procurement procurement = intake.get(procurementId);
    Thresholds bars = pinned.thresholdsOf(procurement);
    Catalogue catalogue = pinned.catalogueOf(procurement);
    return packageItems.stream().map(item -> row(item, catalogue.requirement(item.getRequirementId())
        .orElseThrow(() -> new IllegalStateException("requirement " + item.getRequirementId() + " is not in the catalogue")),
        bars)).toList();
  }

  private static ReviewRow row(ReviewItem item, Requirement requirement, Thresholds bars) {
    boolean disputed = item.getStatus() == ReviewStatus.DISPUTE_PENDING;
    return new ReviewRow(item.getRequirementId(), requirement.title(), requirement.position(), requirement.fallback(),
        String.join("; ", requirement.weakWording()), thresholdText(requirement, bars),
        item.isNoGo() ? "NO-GO at this tier: a gap stops the deal" : "",
        requirement.evidence().description() + " (at most " + requirement.evidence().maxAgeMonths() + " months old)",
        item.getStatus().name(), nullToEmpty(item.getFinding()),
        item.getAnalysisExplanation() == null ? "" : "Clause analysis: " + item.getAnalysisExplanation(),
        item.getDecision() == null ? null : item.getDecision().name(),
        item.getDocumentId(), nullToEmpty(item.getSectionRef()), nullToEmpty(item.getClauseText()),
        item.getDocument2Id(), nullToEmpty(item.getSection2Ref()), nullToEmpty(item.getClause2Text()),
        item.getControllingReference(), item.getEvidenceDocumentId(),
        item.getEvidenceExpiry() == null ? null : item.getEvidenceExpiry().toString(),
        disputed ? nullToEmpty(item.getDisputeJustification()) : nullToEmpty(item.getJustification()),
        disputed,
        item.getReopenReason() == null || item.getStatus() != ReviewStatus.OPEN ? "" : "Back for a new decision: " + item.getReopenReason());
  }

  /** The rows of an approval form: the items waiting for this decision, answers empty. */
  public List<ApprovalRow> approvalRows(long procurementId, List<ReviewItem> pending, ReviewStatus pendingStatus) {
    Procurement procurement = intake.get(procurementId);
    return pending.stream().map(item -> new ApprovalRow(item.getRequirementId(),
        pinned.requirement(procurement, item.getRequirementId()).title(), item.getDecidedBy(),
        pendingStatus == ReviewStatus.DISPUTE_PENDING ? item.getDisputeJustification() : item.getJustification(),
        nullToEmpty(item.getClauseText()), nullToEmpty(item.getFinding()), null, "")).toList();
  }

  /**
   * "Documents: MSA "Master agreement" v2 (#3); ..." for the forms, or where to upload them while
   * there are none (the procurement page, {@code /app/procurements/<id>}).
   */
  public String documentList(long procurementId) {
    List<ReviewRules.Document> latest = documents.latest(procurementId);
    if (latest.isEmpty()) {
      return "No contract documents uploaded yet: procurement uploads them on the procurement page, /app/procurements/"
          + procurementId + " (each row's document fields then offer them by name and version).";
    }
    return "Documents: " + latest.stream().map(ReviewRules.Document::label).collect(Collectors.joining("; "));
  }

  /** "security", "data governance", "commercial": how forms and e-mails name a reviewing role. */
  public static String roleName(String role) {
    return OwnerRole.fromKey(role).map(r -> switch (r) {
      case IT -> "IT";
      case SECURITY -> "security";
      case LEGAL -> "legal";
      case DATA_GOVERNANCE -> "data governance";
      case PROCUREMENT -> "commercial";
    }).orElse(role);
  }

  private static String thresholdText(Requirement requirement, Thresholds bars) {
    if (requirement.thresholds().isEmpty()) {
      return "no measured bar; the clause must cover: " + requirement.analysis().elements().stream()
          .map(e -> e.name()).collect(Collectors.joining(", "));
    }
    Set<String> parts = new LinkedHashSet<>();
    for (String key : requirement.thresholds()) {
      parts.add(key + " " + (bars.has(key) ? bars.get(key) : "?"));
    }
    return String.join("; ", parts);
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
