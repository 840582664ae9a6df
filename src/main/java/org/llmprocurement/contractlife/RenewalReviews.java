package org.llmprocurement.contractlife;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.notification.GroupMail;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractEvent;
import org.llmprocurement.contracts.ContractRegister;
import org.llmprocurement.contracts.ExitRequests;
import org.llmprocurement.contracts.ExitTrigger;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.identity.Groups;
import org.llmprocurement.review.ReviewDecisions;
import org.llmprocurement.review.ReviewItem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pre-renewal reviews of register entries: starting one (with its escalation day), the owning
 * functions' assessments, procurement's decision, the escalation to managers, and carrying the
 * decision out on the register (renewed term, or exit). Rules are {@link RenewalRules}; this class
 * reads and writes the tables.
 */
@Service
public class RenewalReviews {

  /** The owning functions asked for their view, in this order. */
  public static final List<String> ASSESSING_ROLES = List.of(Groups.IT, Groups.SECURITY, Groups.LEGAL, Groups.DATA_GOVERNANCE);

  private final RenewalReviewRepository reviews;
  private final RenewalAssessmentRepository assessments;
  private final ContractRegister register;
  private final ThresholdService thresholds;
  private final BusinessCalendar calendar;
  private final ReviewDecisions reviewItems;
  private final GroupMail groupMail;
  private final IntakeService intake;
  private final ApplicationEventPublisher events;

  RenewalReviews(RenewalReviewRepository reviews, RenewalAssessmentRepository assessments, ContractRegister register,
      ThresholdService thresholds, BusinessCalendar calendar, ReviewDecisions reviewItems, GroupMail groupMail,
      IntakeService intake, ApplicationEventPublisher events) {
    this.intake = intake;
    this.events = events;
    this.reviews = reviews;
    this.assessments = assessments;
    this.register = register;
    this.thresholds = thresholds;
    this.calendar = calendar;
    this.reviewItems = reviewItems;
    this.groupMail = groupMail;
  }

  /**
   * Starts a review of the entry as it stands: its term end and non-renewal deadline, and the
   * escalation day ({@code renewalEscalationBusinessDays} of the current thresholds at the entry's
   * current tier before the deadline, never after it, today when already past).
   *
   * @throws IllegalArgumentException unknown entry
   */
  @Transactional
  public RenewalReview start(long contractId, String processInstanceId) {
    Contract contract = contract(contractId);
    return reviews.save(new RenewalReview(contractId, contract.getProcurementId(), contract.getBusinessKey(), processInstanceId,
        contract.getTermEnd(), contract.getNonRenewalDeadline(), escalationDay(contract), EngineClock.now()));
  }

  /**
   * The entry was amended during the review: its term end, non-renewal deadline and escalation
   * day are taken again from the entry as it now stands (earlier or later).
   */
  @Transactional
  public RenewalReview reschedule(long reviewId) {
    RenewalReview review = review(reviewId);
    Contract contract = contract(review.getContractId());
    review.reschedule(contract.getTermEnd(), contract.getNonRenewalDeadline(), escalationDay(contract));
    return review;
  }

  private LocalDate escalationDay(Contract contract) {
    int days = thresholds.forTier(contract.getRiskTier()).getInt("renewalEscalationBusinessDays");
    return RenewalRules.escalationDay(contract.getNonRenewalDeadline(), deadline -> calendar.minusBusinessDays(deadline, days),
        EngineClock.today());
  }

  /** When the escalation timer fires: 00:00 UTC of the review's escalation day (already past: at once). */
  public Date escalationTimer(RenewalReview review) {
    return BusinessCalendar.startOf(review.getEscalationDueOn());
  }

  /** @throws IllegalArgumentException unknown review */
  public RenewalReview review(long reviewId) {
    return reviews.findById(reviewId).orElseThrow(() -> new IllegalArgumentException("renewal review " + reviewId + " does not exist"));
  }

  /** Every review of the entry, oldest first. */
  public List<RenewalReview> reviewsOf(long contractId) {
    return reviews.findByContractIdOrderByIdAsc(contractId);
  }

  /** The functions' assessments in a review, in the order given. */
  public List<RenewalAssessment> assessmentsOf(long reviewId) {
    return assessments.findByReviewIdOrderByIdAsc(reviewId);
  }

  /** @throws IllegalArgumentException unknown register entry */
  public Contract contract(long contractId) {
    return register.find(contractId).orElseThrow(() -> new IllegalArgumentException("contract " + contractId + " does not exist"));
  }

  /** Records one function's advice (once per function and review). */
  @Transactional
  public void assess(long reviewId, String role, RenewalRules.Advice advice, String userId) {
    if (assessments.findByReviewIdAndRole(reviewId, role).isPresent()) {
      throw new IllegalStateException(role + " already assessed renewal review " + reviewId);
    }
    assessments.save(new RenewalAssessment(reviewId, role, advice, userId, EngineClock.now()));
  }

  /** Requirement ids the contract's procurement has review items for: what negotiation can reopen. */
  public Set<String> negotiable(long procurementId) {
    return reviewItems.items(procurementId).stream().map(ReviewItem::getRequirementId).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /** Records procurement's decision (who, when, why, new term end, listed items). */
  @Transactional
  public void decide(long reviewId, RenewalRules.Decision decision, String userId) {
    RenewalReview review = review(reviewId);
    if (review.getDecision() != null) {
      throw new IllegalStateException("renewal review " + reviewId + " was decided already");
    }
    review.decide(decision, userId, EngineClock.now());
  }

  /**
   * No decision by the escalation day: the review is marked escalated and every manager with an
   * e-mail address is told (after commit).
   */
  @Transactional
  public void escalate(long reviewId) {
    RenewalReview review = review(reviewId);
    review.escalated(EngineClock.now());
    groupMail.notifyGroup(Groups.MANAGERS, "Renewal decision overdue: " + review.getBusinessKey(), String.join("\n",
        "Procurement has not decided the renewal of contract " + review.getContractId() + " (" + review.getBusinessKey() + ").",
        "",
        "  Non-renewal deadline: " + review.getNonRenewalDeadline() + " (after it the contract renews by itself)",
        "  Term ends: " + review.getTermEnd(),
        "",
        "The review is at GET /api/contracts/" + review.getContractId() + "/renewal."));
  }

  /** RENEW: the register's term end moves to the decided new term end; outcome RENEWED. */
  @Transactional
  public void renew(long reviewId) {
    RenewalReview review = review(reviewId);
    renewOnRegister(review, "Renewed at pre-renewal review: " + review.getReason());
    review.close(ContractRenewalProcess.RENEWED, EngineClock.now());
  }

  /**
   * Before a renegotiation: the procurement is pinned to the current catalogue and thresholds (so
   * negotiation states today's positions and figures) and the listed requirements it has no review
   * item for yet (new since signature) get one, open.
   *
   * @return the listed requirement ids, for negotiation to mark as sent back
   */
  @Transactional
  public List<String> prepareRenegotiation(long reviewId) {
    RenewalReview review = review(reviewId);
    List<String> listed = RenewalRules.items(review.getListedItems());
    intake.pinCurrentVersions(review.getProcurementId());
    reviewItems.addItems(review.getProcurementId(), listed);
    return listed;
  }

  /**
   * Negotiation ended: AGREED renews the term as decided (outcome RENEWED), ABANDONED ends in an
   * exit (outcome EXIT): the exit runbook is requested ({@link ContractEvent.ExitRequested},
   * {@link ExitTrigger#RENEWAL_DECISION}, the decision's reason after "Renegotiation abandoned: ").
   *
   * @return the outcome
   */
  @Transactional
  public String afterNegotiation(long reviewId, String negotiationOutcome) {
    RenewalReview review = review(reviewId);
    review.negotiated(negotiationOutcome);
    if ("AGREED".equals(negotiationOutcome)) {
      register.renegotiated(review.getContractId(), review.getNewTermEnd(), review.getDecidedBy(),
          RenewalRules.renegotiatedReason(review.getListedItems(), review.getReason()));
      review.close(ContractRenewalProcess.RENEWED, EngineClock.now());
      return ContractRenewalProcess.RENEWED;
    }
    review.close(ContractRenewalProcess.EXIT, EngineClock.now());
    requestExit(review, "Renegotiation abandoned: " + review.getReason());
    return ContractRenewalProcess.EXIT;
  }

  /**
   * EXIT decided: the review closes with outcome EXIT and the exit runbook is requested
   * ({@link ContractEvent.ExitRequested}, {@link ExitTrigger#RENEWAL_DECISION}, the decision's
   * reason, by whoever decided), in this transaction. A review closed already changes nothing.
   */
  @Transactional
  public void exit(long reviewId) {
    RenewalReview review = review(reviewId);
    if (review.getOutcome() == null) {
      review.close(ContractRenewalProcess.EXIT, EngineClock.now());
      requestExit(review, review.getReason());
    }
  }

  private void requestExit(RenewalReview review, String reason) {
    events.publishEvent(ExitRequests.of(contract(review.getContractId()), ExitTrigger.RENEWAL_DECISION, reason,
        review.getDecidedBy()));
  }

  private void renewOnRegister(RenewalReview review, String reason) {
    // RenewalRules.MAX_REASON keeps the decision's reason within the register's limit
    register.renew(review.getContractId(), review.getNewTermEnd(), review.getDecidedBy(), reason);
  }
}
