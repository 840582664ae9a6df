package org.llmprocurement.contractlife;

import java.time.LocalDate;
import java.util.List;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.negotiation.AcceptedRisk;
import org.llmprocurement.review.ReviewDecisions;
import org.llmprocurement.review.ReviewStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Gathers the {@link RenewalView} of a register entry as it stands today (engine clock). */
@Component
public class RenewalViews {

  private final ContractRegister register;
  private final RenewalReviews reviews;
  private final ReviewDecisions reviewItems;
  private final CatalogueChanges catalogueChanges;
  private final ObjectProvider<EvidenceFreshness> evidence;

  RenewalViews(ContractRegister register, RenewalReviews reviews, ReviewDecisions reviewItems,
      CatalogueChanges catalogueChanges, ObjectProvider<EvidenceFreshness> evidence) {
    this.register = register;
    this.reviews = reviews;
    this.reviewItems = reviewItems;
    this.catalogueChanges = catalogueChanges;
    this.evidence = evidence;
  }

  /** The view of the entry; evidence is empty while no {@link EvidenceFreshness} is deployed. */
  public RenewalView of(Contract c) {
    LocalDate today = EngineClock.today();
    EvidenceFreshness freshness = evidence.getIfAvailable();
    List<RenewalView.WaivedItem> waived = reviewItems.items(c.getProcurementId()).stream()
        .filter(i -> i.getStatus() == ReviewStatus.WAIVED)
        .map(i -> new RenewalView.WaivedItem(i.getRequirementId(), i.getJustification(), i.getApprovedBy(), i.getApprovedAt()))
        .toList();
    List<RenewalView.RiskState> risks = c.getAcceptedRisks().stream().map(r -> risk(r, c.getTermEnd(), today)).toList();
    List<RenewalView.Review> history = reviews.reviewsOf(c.getId()).stream().map(this::review).toList();
    return new RenewalView(c.getId(), c.getBusinessKey(), register.vendor(c.getVendorId()).getLegalName(), c.getRiskTier().name(),
        c.getEffectiveDate(), c.getTermEnd(), c.isAutoRenewal(), c.getNonRenewalNoticeDays(), c.getNonRenewalDeadline(),
        RenewalRules.defaultNewTermEnd(c.getEffectiveDate(), c.getTermEnd()), List.of(), List.of(), List.of(),
        freshness == null ? List.of() : freshness.of(c.getId(), today), waived, risks, List.of(),
        catalogueChanges.since(c, c.getRiskTier()), history);
  }

  /**
   * The view as Markdown for a task form's text: term and deadline, then one line per non-empty
   * list (evidence not current, waived items, accepted risks, catalogue changes, earlier decisions).
   */
  public static String summary(RenewalView v) {
    StringBuilder s = new StringBuilder();
    s.append("**Contract** ").append(v.businessKey()).append(" with ").append(v.vendor()).append(", tier ").append(v.riskTier())
        .append("; term ").append(v.effectiveDate()).append(" to ").append(v.termEnd())
        .append(v.autoRenewal() ? ", renews by itself" : ", ends unless renewed")
        .append("; non-renewal deadline ").append(v.nonRenewalDeadline()).append(" (").append(v.nonRenewalNoticeDays())
        .append(" days' notice).\n\n");
    s.append("**SLA violations:** ").append(v.slaViolations().size()).append("; **incidents:** ").append(v.incidents().size())
        .append("; **vendor change notices:** ").append(v.vendorChangeNotices().size())
        .append("; **missed obligations:** ").append(v.missedObligations().size()).append("\n\n");
    List<String> evidence = v.evidence().stream().filter(e -> !"CURRENT".equals(e.state()))
        .map(e -> e.evidenceType() + " " + e.state() + (e.expiresOn() == null ? "" : " (expires " + e.expiresOn() + ")")
            + (e.overdue() ? ", request overdue" : "")).toList();
    s.append("**Evidence not current:** ").append(evidence.isEmpty() ? "none" : String.join("; ", evidence)).append("\n\n");
    s.append("**Waived items:** ").append(v.waivedItems().isEmpty() ? "none"
        : String.join("; ", v.waivedItems().stream().map(RenewalView.WaivedItem::requirementId).toList())).append("\n\n");
    s.append("**Accepted risks:** ").append(v.acceptedRisks().isEmpty() ? "none" : String.join("; ", v.acceptedRisks().stream()
        .map(r -> r.requirementId() + " until " + r.expiresOn() + " (" + r.state() + ")").toList())).append("\n\n");
    s.append("**Catalogue changes since signature:** ").append(v.catalogueChanges().isEmpty() ? "none" : String.join("; ",
        v.catalogueChanges().stream().map(c -> c.requirementId() + " " + c.kind() + " (" + c.title() + ")").toList()));
    return s.toString();
  }

  static RenewalView.RiskState risk(AcceptedRisk r, LocalDate termEnd, LocalDate today) {
    String state = !r.heldOn(today) ? "EXPIRED" : r.expiresOn().isBefore(termEnd) ? "EXPIRES_IN_TERM" : "HELD";
    return new RenewalView.RiskState(r.requirementId(), r.justification(), r.owner(), r.expiresOn(), state);
  }

  private RenewalView.Review review(RenewalReview r) {
    List<RenewalView.Assessment> assessments = reviews.assessmentsOf(r.getId()).stream()
        .map(a -> new RenewalView.Assessment(a.getRole(), a.getAdvice(), a.getComment(), a.getAssessedBy(), a.getAssessedAt()))
        .toList();
    return new RenewalView.Review(r.getId(), r.getStartedAt(), r.getNonRenewalDeadline(), r.getEscalationDueOn(),
        r.getEscalatedAt(), assessments, r.getDecision(), r.getDecidedBy(), r.getDecidedAt(), r.getReason(), r.getNewTermEnd(),
        RenewalRules.items(r.getListedItems()), r.getNegotiationOutcome(), r.getOutcome(), r.getClosedAt());
  }
}
