package org.llmprocurement.negotiation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.Position;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.catalogue.Thresholds;
import org.llmprocurement.clauses.ClauseJudge;
import org.llmprocurement.clauses.Scope;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.identity.Caller;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.review.ClauseReviewProcess;
import org.llmprocurement.review.PinnedVersions;
import org.llmprocurement.review.ReviewConsolidation;
import org.llmprocurement.review.ReviewDecisions;
import org.llmprocurement.review.ReviewItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The redline rounds of a procurement: opening a round over the open gaps, the package procurement
 * sends, the vendor's answers, applying them to the review items, and what follows a round. Rules
 * are {@link NegotiationRules}, {@link VendorAnswer} and {@link IssuesList}; this class reads and
 * writes the tables.
 */
@Service
public class Negotiations {

  /** How an answer reached us. */
  static final String VIA_TASKLIST = "TASKLIST";
  static final String VIA_API = "API";
  static final String VIA_UPLOAD = "UPLOAD";

  private final NegotiationRoundRepository rounds;
  private final NegotiationItemRepository items;
  private final NegotiationEscalationRepository escalations;
  private final ReviewDecisions decisions;
  private final ReviewConsolidation consolidation;
  private final PinnedVersions pinned;
  private final IntakeService intake;
  private final CatalogueService catalogue;
  private final ClauseJudge judge;
  private final AcceptedRisks risks;

  Negotiations(NegotiationRoundRepository rounds, NegotiationItemRepository items, NegotiationEscalationRepository escalations,
      ReviewDecisions decisions, ReviewConsolidation consolidation, PinnedVersions pinned, IntakeService intake,
      CatalogueService catalogue, ClauseJudge judge, AcceptedRisks risks) {
    this.rounds = rounds;
    this.items = items;
    this.escalations = escalations;
    this.decisions = decisions;
    this.consolidation = consolidation;
    this.pinned = pinned;
    this.intake = intake;
    this.catalogue = catalogue;
    this.judge = judge;
    this.risks = risks;
  }

  // ---- rounds -----------------------------------------------------------------------------------

  /** The last round allowed in a negotiation starting now: rounds so far plus the tier's round limit. */
  int lastAllowedRound(long procurementId) {
    int sofar = rounds.findFirstByProcurementIdOrderByRoundNumberDesc(procurementId).map(NegotiationRound::getRoundNumber).orElse(0);
    return sofar + pinned.thresholdsOf(procurementId).getInt("negotiationRoundLimit");
  }

  /**
   * Opens the next round: one item per open gap not accepted as risk, plus the items sign-off sent
   * back, each with the position for this round and the next one as the fallback we could accept.
   *
   * @param returnItems comma-separated requirement ids sign-off sent back, or null
   * @param returnReason sign-off's reason, or null
   */
  @Transactional
  NegotiationRound openRound(long procurementId, String returnItems, String returnReason) {
    Procurement procurement = intake.get(procurementId);
    int number = rounds.findFirstByProcurementIdOrderByRoundNumberDesc(procurementId).map(NegotiationRound::getRoundNumber).orElse(0) + 1;
    NegotiationRound round = rounds.save(new NegotiationRound(procurementId, procurement.getBusinessKey(), number,
        procurement.getRiskTier().name(), NegotiationItem.clip(returnReason, 4000), EngineClock.now()));
    Set<String> returned = returnItems == null ? Set.of() : java.util.Arrays.stream(returnItems.split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
    Thresholds thresholds = pinned.thresholdsOf(procurementId);
    Set<String> accepted = heldRisks(procurementId);
    for (ReviewItem item : decisions.items(procurementId)) {
      boolean isReturned = returned.contains(item.getRequirementId());
      boolean gap = item.getStatus().countsAsGap() && !accepted.contains(item.getRequirementId());
      if (!gap && !isReturned) {
        continue;
      }
      Requirement requirement = requirement(procurement, item.getRequirementId());
      List<Position> positions = requirement.positions();
      int answeredBefore = (int) items.findByProcurementIdAndRequirementIdOrderByIdAsc(procurementId, item.getRequirementId())
          .stream().filter(i -> i.getAnswerKind() != null).count();
      int index = NegotiationRules.positionIndex(answeredBefore, positions.size());
      Position position = positions.get(index);
      String fallback = index + 1 < positions.size()
          ? NegotiationRules.wording(positions.get(index + 1), requirement.thresholds(), thresholds)
          : "None: this is our last position (" + requirement.title() + ")";
      String finding = item.getFinding() != null ? item.getFinding() : item.getJustification();
      if (isReturned) {
        finding = "Sent back: " + (returnReason == null ? "no reason given" : returnReason)
            + (finding == null ? "" : " | " + finding);
      }
      items.save(new NegotiationItem(round.getId(), procurementId, item.getRequirementId(), requirement.title(),
          item.getOwnerRole(), item.isNoGo(), isReturned, finding, item.getDocumentId(), item.getSectionRef(),
          item.getClauseText(), position.rank(), NegotiationRules.wording(position, requirement.thresholds(), thresholds),
          fallback));
    }
    return round;
  }

  /** The procurement's latest round, if any. */
  Optional<NegotiationRound> latestRound(long procurementId) {
    return rounds.findFirstByProcurementIdOrderByRoundNumberDesc(procurementId);
  }

  List<NegotiationItem> itemsOf(NegotiationRound round) {
    return items.findByRoundIdOrderByIdAsc(round.getId());
  }

  /** The package as the issues list shows it. */
  List<IssuesList.Item> issues(NegotiationRound round) {
    return itemsOf(round).stream().map(i -> new IssuesList.Item(i.getRequirementId(), i.getTitle(), reference(i),
        i.getClauseBefore(), i.getFinding(), i.getRequestedWording(), i.getFallbackWording())).toList();
  }

  /** "document #3, §7.2": where the current clause stands, as far as the review recorded it. */
  static String reference(NegotiationItem item) {
    List<String> parts = new ArrayList<>();
    if (item.getDocumentId() != null) {
      parts.add("document #" + item.getDocumentId());
    }
    if (item.getSectionBefore() != null && !item.getSectionBefore().isBlank()) {
      parts.add(item.getSectionBefore());
    }
    return parts.isEmpty() ? "no clause yet" : String.join(", ", parts);
  }

  /**
   * Checks the requested wordings procurement is about to send: every item needs one (at most
   * 4,000 characters); problems name the requirement.
   */
  Map<String, String> validateWordings(NegotiationRound round, Map<String, String> wordings, List<String> problems) {
    Map<String, String> valid = new LinkedHashMap<>();
    for (NegotiationItem item : itemsOf(round)) {
      String wording = wordings.containsKey(item.getRequirementId()) ? wordings.get(item.getRequirementId()) : item.getRequestedWording();
      wording = wording == null ? null : wording.trim();
      if (wording == null || wording.isEmpty()) {
        problems.add(item.getRequirementId() + ": requested wording missing; the package cannot be sent without it");
      } else if (wording.length() > 4000) {
        problems.add(item.getRequirementId() + ": requested wording must be at most 4000 characters (got " + wording.length() + ")");
      } else {
        org.llmprocurement.security.TextRules.check(item.getRequirementId() + ": requested wording", wording, problems);
        valid.put(item.getRequirementId(), wording);
      }
    }
    wordings.keySet().stream().filter(id -> itemsOf(round).stream().noneMatch(i -> i.getRequirementId().equals(id)))
        .forEach(id -> problems.add(id + ": is not an item of round " + round.getRoundNumber()));
    return valid;
  }

  /**
   * Marks the package sent with the wordings procurement settled on.
   *
   * @return when the vendor's answers are due and when silence escalates (engine time)
   */
  @Transactional
  Instant[] send(long roundId, Map<String, String> wordings, String userId) {
    NegotiationRound round = rounds.findById(roundId).orElseThrow();
    for (NegotiationItem item : itemsOf(round)) {
      item.editWording(wordings.get(item.getRequirementId()));
    }
    Thresholds thresholds = pinned.thresholdsOf(round.getProcurementId());
    Instant now = EngineClock.now();
    Instant due = now.plus(thresholds.getInt("vendorResponseDays"), ChronoUnit.DAYS);
    Instant escalate = due.plus(thresholds.getInt("vendorReminderGraceDays"), ChronoUnit.DAYS);
    round.send(userId, now, due);
    return new Instant[] {due, escalate};
  }

  @Transactional
  void remind(long roundId, String userId, String note) {
    rounds.findById(roundId).orElseThrow().remind(userId, note, EngineClock.now());
  }

  // ---- answers ----------------------------------------------------------------------------------

  /**
   * Checks answers without writing anything. A member of procurement may answer every item; a
   * member of a reviewing function only the items its function owns. Problems name the requirement.
   *
   * @param raw requirement id to the answer's fields ({@link VendorAnswer#FIELDS})
   */
  List<VendorAnswer> validateAnswers(NegotiationRound round, Map<String, Map<String, Object>> raw, Caller caller,
      List<String> problems) {
    Map<String, NegotiationItem> byId = new LinkedHashMap<>();
    itemsOf(round).forEach(i -> byId.put(i.getRequirementId(), i));
    List<VendorAnswer> answers = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> entry : raw.entrySet()) {
      NegotiationItem item = byId.get(entry.getKey());
      if (item == null) {
        problems.add(entry.getKey() + ": is not an item of round " + round.getRoundNumber());
        continue;
      }
      if (!mayAnswer(caller, item)) {
        problems.add(entry.getKey() + ": is owned by " + item.getOwnerRole() + "; " + caller.userId()
            + " may record answers only for the items of their own function");
        continue;
      }
      Set<String> unknown = new java.util.TreeSet<>(entry.getValue().keySet());
      VendorAnswer.FIELDS.forEach(unknown::remove);
      unknown.forEach(field -> problems.add(entry.getKey() + ": " + field + " is not a field of an answer"));
      VendorAnswer answer = VendorAnswer.parse(entry.getKey(), entry.getValue(), item.getRequestedWording(), problems);
      if (answer != null) {
        answers.add(answer);
      }
    }
    return answers;
  }

  /** Whether the caller may record the vendor's answer on this item. */
  static boolean mayAnswer(Caller caller, NegotiationItem item) {
    return caller.isSystem() || caller.isAdministrator() || caller.memberOf(Groups.PROCUREMENT) || caller.memberOf(item.getOwnerRole());
  }

  /** Records answers that {@link #validateAnswers} passed; a counter-proposal is judged by the clause analysis at the tier. */
  @Transactional
  void recordAnswers(long roundId, List<VendorAnswer> answers, String userId, String via) {
    NegotiationRound round = rounds.findById(roundId).orElseThrow();
    Procurement procurement = intake.get(round.getProcurementId());
    Instant now = EngineClock.now();
    for (VendorAnswer answer : answers) {
      NegotiationItem item = itemsOf(round).stream().filter(i -> i.getRequirementId().equals(answer.requirementId()))
          .findFirst().orElseThrow();
      String verdict = null;
      if (answer.kind() == VendorAnswer.Kind.COUNTERED || answer.kind() == VendorAnswer.Kind.ACCEPTED) {
        verdict = judge.judge(requirement(procurement, answer.requirementId()), procurement.getRiskTier(),
            procurement.getThresholdsVersion(), answer.clauseText(), scope(procurement)).analysis().verdict().name();
      }
      item.answer(answer, verdict, userId, now, via);
    }
  }

  /** Every item is answered: the round's answers are closed by this user (Tasklist completion). */
  @Transactional
  void closeAnswers(long roundId, String userId) {
    rounds.findById(roundId).orElseThrow().closeAnswers(userId, EngineClock.now());
  }

  /**
   * Closes the answers of the latest round and applies them to the review: an accepted or countered
   * clause replaces the item's clause, and those items are reopened for their owners in one new
   * review round. Refusals leave the item as it is.
   *
   * @return the reviewing functions with reopened items, in review order (empty: nothing to re-decide)
   */
  @Transactional
  List<String> applyAnswers(long procurementId) {
    NegotiationRound round = latestRound(procurementId).orElseThrow();
    List<NegotiationItem> changed = itemsOf(round).stream().filter(i -> i.getAnswerKind() != null && i.getAnswerKind().changesClause()).toList();
    for (NegotiationItem item : changed) {
      decisions.reviseClause(procurementId, item.getRequirementId(), item.getAnswerDocumentId(), item.getAnswerSection(),
          item.getAnswerClause());
      ReviewItem revised = decisions.item(procurementId, item.getRequirementId()).orElseThrow();
      item.applied(revised.getSectionRef(), revised.getClauseText());
    }
    if (changed.isEmpty()) {
      return List.of();
    }
    decisions.reopen(procurementId, changed.stream().map(NegotiationItem::getRequirementId).toList(),
        "negotiation round " + round.getRoundNumber() + ": the vendor changed the clause; decide it again");
    return roles(changed.stream().map(NegotiationItem::getOwnerRole).collect(Collectors.toSet()));
  }

  static List<String> roles(Set<String> owners) {
    return ClauseReviewProcess.ROLES.stream().filter(owners::contains).toList();
  }

  /**
   * After re-decision: consolidates the review, records who re-decided the round's changed items,
   * decides what follows and, when escalating, opens the escalation for managers.
   */
  @Transactional
  NegotiationRules.Decision closeRound(long procurementId, int lastAllowedRound) {
    consolidation.consolidate(procurementId);
    NegotiationRound round = latestRound(procurementId).orElseThrow();
    Map<String, ReviewItem> review = new LinkedHashMap<>();
    decisions.items(procurementId).forEach(i -> review.put(i.getRequirementId(), i));
    for (NegotiationItem item : itemsOf(round)) {
      ReviewItem now = review.get(item.getRequirementId());
      if (now != null && item.getAnswerKind() != null && item.getAnswerKind().changesClause()) {
        item.redecided(now.getStatus().name(), now.getDecidedBy(), now.getDecidedAt());
      }
    }
    List<String> open = openGaps(procurementId);
    List<String> noGoImpossible = itemsOf(round).stream()
        .filter(i -> i.getAnswerKind() == VendorAnswer.Kind.REFUSED_IMPOSSIBLE)
        .filter(i -> review.containsKey(i.getRequirementId()) && review.get(i.getRequirementId()).isNoGo())
        .map(NegotiationItem::getRequirementId).toList();
    NegotiationRules.Decision decision = NegotiationRules.afterRound(open, noGoImpossible, round.getRoundNumber(), lastAllowedRound);
    Instant now = EngineClock.now();
    round.decide(decision, now);
    if (decision.result() == NegotiationRules.RoundResult.ESCALATE) {
      escalations.save(new NegotiationEscalation(procurementId, round.getRoundNumber(), decision.reason(), decision.explanation(), now));
    }
    return decision;
  }

  /** The vendor stayed silent past the escalation date: the round is marked and managers are asked. */
  @Transactional
  void recordSilence(long procurementId) {
    NegotiationRound round = latestRound(procurementId).orElseThrow();
    Instant now = EngineClock.now();
    round.silent(now);
    escalations.save(new NegotiationEscalation(procurementId, round.getRoundNumber(), NegotiationRules.EscalationReason.VENDOR_SILENT,
        "No answer to round " + round.getRoundNumber() + " by " + now + " (due " + round.getResponseDue() + ")", now));
  }

  /** Requirement ids that count as gaps now, accepted risks that still hold left out. */
  List<String> openGaps(long procurementId) {
    Set<String> accepted = heldRisks(procurementId);
    return decisions.items(procurementId).stream().filter(i -> i.getStatus().countsAsGap())
        .map(ReviewItem::getRequirementId).filter(id -> !accepted.contains(id)).toList();
  }

  /** Of {@link #openGaps}, those that are no-go at the tier. */
  List<String> noGoGaps(long procurementId) {
    Set<String> open = Set.copyOf(openGaps(procurementId));
    return decisions.items(procurementId).stream().filter(ReviewItem::isNoGo).map(ReviewItem::getRequirementId)
        .filter(open::contains).toList();
  }

  private Set<String> heldRisks(long procurementId) {
    return risks.of(procurementId).stream().filter(r -> r.heldOn(EngineClock.today())).map(AcceptedRisk::requirementId)
        .collect(Collectors.toSet());
  }

  Requirement requirement(Procurement procurement, String requirementId) {
    return catalogue.catalogue(procurement.getCatalogueVersion()).requirement(requirementId)
        .orElseThrow(() -> new IllegalStateException("requirement " + requirementId + " is not in the catalogue"));
  }

  private static Scope scope(Procurement procurement) {
    Set<Surface> surfaces = procurement.getSurfaces().isEmpty() ? EnumSet.noneOf(Surface.class) : EnumSet.copyOf(procurement.getSurfaces());
    Set<Region> regions = procurement.getAllowedRegions().isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(procurement.getAllowedRegions());
    return new Scope(surfaces, regions);
  }

  List<NegotiationRound> rounds(long procurementId) {
    return rounds.findByProcurementIdOrderByRoundNumberAsc(procurementId);
  }

  List<NegotiationEscalation> escalations(long procurementId) {
    return escalations.findByProcurementIdOrderByIdAsc(procurementId);
  }

  Optional<NegotiationEscalation> openEscalation(long procurementId) {
    return escalations.findFirstByProcurementIdOrderByIdDesc(procurementId).filter(e -> e.getDecision() == null);
  }

}
