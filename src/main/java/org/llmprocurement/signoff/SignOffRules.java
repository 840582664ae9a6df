package org.llmprocurement.signoff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.llmprocurement.negotiation.AcceptedRisk;
import org.llmprocurement.review.ReviewStatus;

/**
 * The rules the sign-off gateway applies after every function approved, free of Spring and the
 * engine (issue 7, "A Java delegate guards the sign-off gateway"): every required review item is
 * MET, WAIVED (after approval) or NOT_APPLICABLE, or covered by an accepted risk that has not
 * expired on the engine's today; no item's two references disagree without a recorded controlling
 * reference; and each of the five answers is confirmed by its owner, complete and within the tier's
 * bars. Each problem is one sentence naming its item or question.
 */
public final class SignOffRules {

  /** A review item as the rules need it. */
  public record ItemState(String requirementId, String ownerRole, ReviewStatus status, boolean noGo, String approvedBy,
      String conflict, String controllingReference) {}

  /** How an item stands at sign-off: MET, WAIVED, NOT_APPLICABLE or RISK_ACCEPTED, or empty when it blocks. */
  public static Optional<String> settledAs(ItemState item, Optional<AcceptedRisk> risk, LocalDate today) {
    return switch (item.status()) {
      case MET, NOT_APPLICABLE -> Optional.of(item.status().name());
      case WAIVED -> item.approvedBy() == null ? Optional.empty() : Optional.of("WAIVED");
      default -> risk.filter(r -> !item.noGo() && r.heldOn(today)).map(r -> "RISK_ACCEPTED");
    };
  }

  private SignOffRules() {}

  /**
   * Every reason the contract cannot be signed yet.
   *
   * @param items the procurement's review items (one per requirement required at its tier)
   * @param risks gaps accepted as risk in negotiation
   * @param today the engine clock's date
   * @param answerProblems per question: missing confirmation, missing figures, figures below the bar
   */
  public static List<String> blockers(Collection<ItemState> items, Collection<AcceptedRisk> risks, LocalDate today,
      Map<Question, List<String>> answerProblems) {
    Map<String, AcceptedRisk> byRequirement = risks.stream()
        .collect(Collectors.toMap(AcceptedRisk::requirementId, r -> r, (a, b) -> a));
    List<String> problems = new ArrayList<>();
    for (ItemState item : items) {
      String id = item.requirementId() + " (" + item.ownerRole() + ")";
      Optional<AcceptedRisk> risk = Optional.ofNullable(byRequirement.get(item.requirementId()));
      if (settledAs(item, risk, today).isEmpty()) {
        if (item.status() == ReviewStatus.WAIVED) {
          problems.add(id + ": WAIVED without a recorded approval");
        } else if (risk.isEmpty()) {
          problems.add(id + ": " + item.status() + ", not met and not covered by an accepted risk");
        } else if (item.noGo()) {
          problems.add(id + ": " + item.status() + " on a no-go item, which an accepted risk can never cover");
        } else {
          problems.add(id + ": " + item.status() + "; its accepted risk (owner " + risk.get().owner() + ") expired on "
              + risk.get().expiresOn());
        }
      }
      if (item.conflict() != null && !item.conflict().isBlank() && item.controllingReference() == null) {
        problems.add(id + ": unresolved traceability conflict (" + item.conflict()
            + "); nobody recorded which reference controls");
      }
    }
    for (Question question : Question.values()) {
      problems.addAll(answerProblems.getOrDefault(question, List.of()));
    }
    return problems;
  }
}
