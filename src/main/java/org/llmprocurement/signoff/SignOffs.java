package org.llmprocurement.signoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.negotiation.AcceptedRisk;
import org.llmprocurement.negotiation.AcceptedRisks;
import org.llmprocurement.review.ReviewDecisions;
import org.llmprocurement.review.ReviewItem;
import org.llmprocurement.review.ReviewStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-off of a procurement's contract, round by round: prefilled answers to the five final
 * questions, each function's decision (with segregation of duties), the gateway check, and the
 * return to negotiation or review. Also the read API the contract register uses ({@link #signed}).
 */
@Service
public class SignOffs {

  static final int MAX_TEXT = 4000;
  static final int MIN_REASON = 10;

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  /** How one item stood at signing; see {@code sign_off_item}. */
  public record ItemRecord(String requirementId, String ownerFunction, String settledAs, String approvalKind,
      String approvedBy, Instant approvedAt, String riskAcceptedBy, LocalDate riskExpiresOn, String signedBy) {}

  /** Who signed for a function, and when. */
  public record Signer(String function, String userId, Instant at) {}

  /**
   * A signed round, as the contract register reads it.
   *
   * @param answers the five confirmed answers
   * @param signers by function
   * @param items every review item with how it was settled, its signer and its waiver, dispute or risk approver
   */
  public record Signed(long procurementId, String businessKey, int round, String riskTier, Instant signedAt, FiveAnswers answers,
      Map<String, Signer> signers, List<ItemRecord> items) {}

  /** A function's validated decision, ready to record. */
  public record DecisionInput(String function, String decision, String reason, String returnTo, List<String> items,
      FiveAnswers answers, Question question) {}

  /** Where a validated return goes and why. */
  public record ReturnInput(SignOff.Status target, String reason, List<String> items) {}

  /** What the case goes back with; see {@link SignOffProcess#OUTCOME}. */
  public record Return(String outcome, String reason, String items) {}

  private final SignOffRepository rounds;
  private final SignOffDecisionRepository decisions;
  private final SignOffAnswerRepository answers;
  private final SignOffItemRepository items;
  private final IntakeService intake;
  private final ThresholdService thresholds;
  private final ReviewDecisions review;
  private final AcceptedRisks risks;

  SignOffs(SignOffRepository rounds, SignOffDecisionRepository decisions, SignOffAnswerRepository answers,
      SignOffItemRepository items, IntakeService intake, ThresholdService thresholds, ReviewDecisions review,
      AcceptedRisks risks) {
    this.rounds = rounds;
    this.decisions = decisions;
    this.answers = answers;
    this.items = items;
    this.intake = intake;
    this.thresholds = thresholds;
    this.review = review;
    this.risks = risks;
  }

  // ---- start ----------------------------------------------------------------------------------

  /** Opens the next round with the five answers prefilled from the checklist. */
  @Transactional
  public SignOff start(long procurementId, String businessKey, String riskTier) {
    int round = rounds.findFirstByProcurementIdOrderByRoundDesc(procurementId).map(SignOff::getRound).orElse(0) + 1;
    SignOff signOff = rounds.save(new SignOff(procurementId, businessKey, round, riskTier, EngineClock.now()));
    Map<String, FiveQuestions.MetClause> met = new LinkedHashMap<>();
    for (ReviewItem item : review.items(procurementId)) {
      if (item.getStatus() == ReviewStatus.MET) {
        String clause = "SECONDARY".equals(item.getControllingReference()) ? item.getClause2Text() : item.getClauseText();
        met.put(item.getRequirementId(), new FiveQuestions.MetClause(item.getRequirementId(), clause, item.getFigures()));
      }
    }
    FiveQuestions.Prefill prefill = FiveQuestions.prefill(scope(procurementId), met, bars(signOff));
    for (Question question : Question.values()) {
      answers.save(new SignOffAnswer(signOff.getId(), question, json(part(question, prefill.answers())),
          clip(String.join("\n", prefill.sources().get(question)), MAX_TEXT)));
    }
    return signOff;
  }

  // ---- decisions ------------------------------------------------------------------------------

  /**
   * Validates a function's decision without writing anything.
   *
   * @param values the form's fields: {@code decision} APPROVE or REJECT, {@code reason} (required
   *     to reject), {@code returnTo} NEGOTIATION or REVIEW (to reject), {@code items} (comma-separated
   *     requirement ids; required for REVIEW), and the owned question's fields
   * @return the decision, or problems (segregation of duties first) naming the field, rule or question
   */
  public Validation<DecisionInput> validateDecision(long signOffId, String function,
      Map<String, Object> values, String userId) {
    SignOff signOff = round(signOffId);
    List<String> problems = new ArrayList<>();
    Procurement procurement = intake.get(signOff.getProcurementId());
    if (userId == null) {
      problems.add("segregation of duties: a sign-off needs a signed-in person");
    } else {
      if (procurement.isRequestedBy(userId)) {
        problems.add("segregation of duties: " + userId + " requested this procurement and cannot sign it off");
      }
      decisions.findBySignOffIdOrderByIdAsc(signOffId).stream()
          .filter(d -> userId.equals(d.getDecidedBy()) && !function.equals(d.getFunction())).findFirst()
          .ifPresent(d -> problems.add("segregation of duties: " + userId + " already signed off for " + d.getFunction()
              + " in this sign-off and cannot also sign for " + function));
    }
    Object decision = values.get("decision");
    String reason = text(values.get("reason"));
    if (!SignOffDecision.APPROVE.equals(decision) && !SignOffDecision.REJECT.equals(decision)) {
      problems.add("decision: choose APPROVE or REJECT");
      return Validation.of(null, problems);
    }
    Question question = Question.ownedBy(function).orElseThrow();
    if (SignOffDecision.APPROVE.equals(decision)) {
      if (reason != null && reason.length() > MAX_TEXT) {
        problems.add("reason: at most " + MAX_TEXT + " characters (got " + reason.length() + ")");
      }
      FiveAnswers current = answers(signOffId);
      FiveAnswers given = FiveQuestions.parse(question, values, current, problems);
      problems.addAll(FiveQuestions.missing(question, given, scope(signOff.getProcurementId())));
      problems.addAll(FiveQuestions.belowBar(question, given, bars(signOff), RiskTier.parse(signOff.getRiskTier())));
      return Validation.of(
          new DecisionInput(function, SignOffDecision.APPROVE, reason, null, List.of(), given, question), problems);
    }
    Object returnTo = values.get("returnTo");
    SignOff.Status target = SignOffDecision.REVIEW.equals(returnTo) ? SignOff.Status.BACK_TO_REVIEW
        : SignOffDecision.NEGOTIATION.equals(returnTo) ? SignOff.Status.BACK_TO_NEGOTIATION : null;
    if (target == null) {
      problems.add("returnTo: choose NEGOTIATION (the vendor must change something) or REVIEW (a review error)");
    }
    ReturnInput back = validateReturn(signOff.getProcurementId(), target, reason, values.get("items"), problems);
    return Validation.of(new DecisionInput(function, SignOffDecision.REJECT, reason,
        target == null ? null : (target == SignOff.Status.BACK_TO_REVIEW ? SignOffDecision.REVIEW : SignOffDecision.NEGOTIATION),
        back.items(), null, question), problems);
  }

  /** Records a decision {@link #validateDecision} passed; an approval confirms the owned answer. */
  @Transactional
  public void recordDecision(long signOffId, DecisionInput input, String userId) {
    Instant now = EngineClock.now();
    decisions.save(new SignOffDecision(signOffId, input.function(), input.decision(), input.reason(), input.returnTo(),
        input.items().isEmpty() ? null : String.join(",", input.items()), userId, now));
    if (input.answers() != null) {
      answers.findBySignOffIdAndQuestion(signOffId, input.question()).orElseThrow()
          .confirm(json(part(input.question(), input.answers())), userId, now);
    }
  }

  /** Checks a return's reason and items (each under review here; a return to review names at least one). */
  ReturnInput validateReturn(long procurementId, SignOff.Status target, String reason, Object rawItems, List<String> problems) {
    if (reason == null || reason.length() < MIN_REASON) {
      problems.add("reason: say why the case goes back (at least " + MIN_REASON + " characters)");
    } else if (reason.length() > MAX_TEXT) {
      problems.add("reason: at most " + MAX_TEXT + " characters (got " + reason.length() + ")");
    }
    List<String> ids = new ArrayList<>();
    String text = rawItems == null ? "" : rawItems.toString();
    if (text.length() > MAX_TEXT) {
      problems.add("items: at most " + MAX_TEXT + " characters");
      return new ReturnInput(target, reason, List.of());
    }
    Set<String> underReview = review.items(procurementId).stream().map(ReviewItem::getRequirementId).collect(Collectors.toSet());
    for (String token : text.split("[,;\\s]+")) {
      String id = token.trim();
      if (id.isEmpty() || ids.contains(id)) {
        continue;
      }
      if (!underReview.contains(id)) {
        problems.add("items: " + id + " is not under review in this procurement");
      } else {
        ids.add(id);
      }
    }
    if (target == SignOff.Status.BACK_TO_REVIEW && ids.isEmpty() && problems.stream().noneMatch(p -> p.startsWith("items:"))) {
      problems.add("items: a review error must name the items to review again (comma-separated requirement ids)");
    }
    return new ReturnInput(target, reason, ids);
  }

  // ---- gateway --------------------------------------------------------------------------------

  /**
   * After every function decided: any rejection sends the case back (to review only when every
   * rejection says review error; reasons and items of all rejections kept); otherwise the gateway
   * rules ({@link SignOffRules}) either sign the round (writing how every item was settled) or block
   * it with every problem stored.
   *
   * @return {@link SignOffProcess#SIGNED}, {@link SignOffProcess#BLOCKED} or {@link SignOffProcess#REJECTED}
   */
  @Transactional
  public String check(long signOffId) {
    SignOff signOff = round(signOffId);
    List<SignOffDecision> all = decisions.findBySignOffIdOrderByIdAsc(signOffId);
    List<SignOffDecision> rejections = all.stream().filter(SignOffDecision::rejected).toList();
    Instant now = EngineClock.now();
    if (!rejections.isEmpty()) {
      boolean reviewError = rejections.stream().allMatch(d -> SignOffDecision.REVIEW.equals(d.getReturnTo()));
      String reason = clip(rejections.stream().map(d -> "Rejected by " + d.getFunction() + " (" + d.getDecidedBy() + ", "
          + (SignOffDecision.REVIEW.equals(d.getReturnTo()) ? "review error" : "vendor must change") + "): " + d.getReason())
          .collect(Collectors.joining("\n")), MAX_TEXT);
      Set<String> ids = new LinkedHashSet<>();
      rejections.stream().filter(d -> d.getItems() != null).forEach(d -> ids.addAll(Arrays.asList(d.getItems().split(","))));
      signOff.sendBack(reviewError ? SignOff.Status.BACK_TO_REVIEW : SignOff.Status.BACK_TO_NEGOTIATION, reason,
          ids.isEmpty() ? null : clip(String.join(",", ids), MAX_TEXT), null, now);
      return SignOffProcess.REJECTED;
    }
    List<ReviewItem> reviewItems = review.items(signOff.getProcurementId());
    List<AcceptedRisk> acceptedRisks = risks.of(signOff.getProcurementId());
    LocalDate today = EngineClock.today();
    List<String> blockers = blockers(signOff, reviewItems, acceptedRisks, today);
    if (!blockers.isEmpty()) {
      signOff.blocked(json(blockers));
      return SignOffProcess.BLOCKED;
    }
    Map<String, String> signers = all.stream().collect(Collectors.toMap(SignOffDecision::getFunction, SignOffDecision::getDecidedBy));
    Map<String, AcceptedRisk> accepted = acceptedRisks.stream()
        .collect(Collectors.toMap(AcceptedRisk::requirementId, Function.identity(), (a, b) -> a));
    for (ReviewItem item : reviewItems) {
      Optional<AcceptedRisk> risk = Optional.ofNullable(accepted.get(item.getRequirementId()));
      String settled = SignOffRules.settledAs(state(item), risk, today).orElseThrow();
      String kind = item.getApprovedBy() == null ? null : item.getStatus() == ReviewStatus.WAIVED ? "WAIVER" : "DISPUTE";
      boolean byRisk = "RISK_ACCEPTED".equals(settled);
      items.save(new SignOffItem(signOffId, new ItemRecord(item.getRequirementId(), item.getOwnerRole(), settled,
          byRisk ? null : kind, byRisk ? null : item.getApprovedBy(), byRisk ? null : item.getApprovedAt(),
          byRisk ? risk.get().acceptedBy() : null, byRisk ? risk.get().expiresOn() : null,
          signers.getOrDefault(item.getOwnerRole(), "?"))));
    }
    signOff.signed(now);
    return SignOffProcess.SIGNED;
  }

  /**
   * Every problem that stops signing: item, traceability and answer problems ({@link SignOffRules}),
   * from the review items and accepted risks the caller already read.
   */
  private List<String> blockers(SignOff signOff, List<ReviewItem> reviewItems, List<AcceptedRisk> acceptedRisks, LocalDate today) {
    long procurementId = signOff.getProcurementId();
    List<SignOffAnswer> stored = answers.findBySignOffIdOrderByIdAsc(signOff.getId());
    FiveAnswers given = answers(stored);
    FiveQuestions.Scope scope = scope(procurementId);
    Map<String, Object> bars = bars(signOff);
    RiskTier tier = RiskTier.parse(signOff.getRiskTier());
    Map<Question, List<String>> answerProblems = new EnumMap<>(Question.class);
    for (SignOffAnswer answer : stored) {
      List<String> problems = new ArrayList<>();
      if (answer.getConfirmedBy() == null) {
        problems.add(answer.getQuestion() + ": not confirmed by " + answer.getOwnerFunction());
      }
      problems.addAll(FiveQuestions.missing(answer.getQuestion(), given, scope));
      problems.addAll(FiveQuestions.belowBar(answer.getQuestion(), given, bars, tier));
      answerProblems.put(answer.getQuestion(), problems);
    }
    for (Question question : Question.values()) {
      answerProblems.computeIfAbsent(question, q -> List.of(q + ": no answer stored"));
    }
    return SignOffRules.blockers(reviewItems.stream().map(SignOffs::state).toList(), acceptedRisks, today, answerProblems);
  }

  /** Procurement's choice on a blocked round: where the case goes, why, and the items concerned. */
  @Transactional
  public void resolve(long signOffId, ReturnInput input, String userId) {
    SignOff signOff = round(signOffId);
    String reason = "Sign-off blocked; " + userId + " sent the case back: " + input.reason() + "\nBlockers: "
        + String.join("; ", blockerList(signOff));
    signOff.sendBack(input.target(), clip(reason, MAX_TEXT), input.items().isEmpty() ? null : String.join(",", input.items()),
        userId, EngineClock.now());
  }

  /**
   * Sends the case back as the round recorded it: a return to review reopens the named items with
   * the reason ({@link ReviewDecisions#reopen}); a return to negotiation leaves that to negotiation.
   */
  @Transactional
  public Return sendBack(long signOffId) {
    SignOff signOff = round(signOffId);
    if (signOff.getStatus() == SignOff.Status.BACK_TO_REVIEW) {
      review.reopen(signOff.getProcurementId(), Arrays.asList(signOff.getReturnItems().split(",")), signOff.getReturnReason());
    } else if (signOff.getStatus() != SignOff.Status.BACK_TO_NEGOTIATION) {
      throw new IllegalStateException("sign-off " + signOffId + " is " + signOff.getStatus() + ", not going back");
    }
    return new Return(signOff.getStatus().name(), signOff.getReturnReason(), signOff.getReturnItems());
  }

  // ---- reads ----------------------------------------------------------------------------------

  public SignOff round(long signOffId) {
    return rounds.findById(signOffId).orElseThrow(() -> new IllegalArgumentException("no sign-off " + signOffId));
  }

  /** Every round of the procurement, oldest first. */
  public List<SignOff> rounds(long procurementId) {
    return rounds.findByProcurementIdOrderByRoundAsc(procurementId);
  }

  /** The round's current answers (prefilled, or as confirmed). */
  public FiveAnswers answers(long signOffId) {
    return answers(answers.findBySignOffIdOrderByIdAsc(signOffId));
  }

  private static FiveAnswers answers(List<SignOffAnswer> rows) {
    Map<Question, String> stored = new EnumMap<>(Question.class);
    rows.forEach(a -> stored.put(a.getQuestion(), a.getAnswer()));
    return new FiveAnswers(read(stored.get(Question.Q1), FiveAnswers.Sla.class), read(stored.get(Question.Q2), FiveAnswers.Audit.class),
        read(stored.get(Question.Q3), FiveAnswers.DataLocations.class), read(stored.get(Question.Q4), FiveAnswers.IncidentNotice.class),
        read(stored.get(Question.Q5), FiveAnswers.Fix.class));
  }

  /** One stored answer with where its prefill came from and who confirmed it. */
  public record AnswerRecord(Question question, String title, String owner, Object answer, List<String> sources, String confirmedBy,
      Instant confirmedAt) {}

  /** Where one question's prefill came from, a line per source; empty when nothing prefilled it. */
  public List<String> sources(long signOffId, Question question) {
    return answers.findBySignOffIdAndQuestion(signOffId, question).map(SignOffs::sources).orElse(List.of());
  }

  private static List<String> sources(SignOffAnswer answer) {
    return answer.getSources() == null || answer.getSources().isBlank() ? List.of() : List.of(answer.getSources().split("\n"));
  }

  public List<AnswerRecord> answerRecords(long signOffId) {
    List<SignOffAnswer> stored = answers.findBySignOffIdOrderByIdAsc(signOffId);
    FiveAnswers all = answers(stored);
    return stored.stream().map(a -> new AnswerRecord(a.getQuestion(), a.getQuestion().title(),
        a.getOwnerFunction(), part(a.getQuestion(), all), sources(a), a.getConfirmedBy(), a.getConfirmedAt())).toList();
  }

  public List<SignOffDecision> decisions(long signOffId) {
    return decisions.findBySignOffIdOrderByIdAsc(signOffId);
  }

  /** The problems the gateway stored for a blocked round (empty otherwise). */
  public List<String> blockerList(SignOff signOff) {
    if (signOff.getBlockers() == null) {
      return List.of();
    }
    try {
      return JSON.readValue(signOff.getBlockers(), new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable blockers of sign-off " + signOff.getId(), e);
    }
  }

  /** Items as settled when the round was signed; empty for other rounds. */
  public List<ItemRecord> settledItems(long signOffId) {
    return items.findBySignOffIdOrderByIdAsc(signOffId).stream().map(SignOffItem::toRecord).toList();
  }

  /** The procurement's signed round, if any: what the contract register records. */
  public Optional<Signed> signed(long procurementId) {
    return rounds(procurementId).stream().filter(r -> r.getStatus() == SignOff.Status.SIGNED).reduce((a, b) -> b).map(r -> {
      Map<String, Signer> signers = new LinkedHashMap<>();
      decisions(r.getId()).forEach(d -> signers.put(d.getFunction(), new Signer(d.getFunction(), d.getDecidedBy(), d.getDecidedAt())));
      return new Signed(procurementId, r.getBusinessKey(), r.getRound(), r.getRiskTier(), r.getEndedAt(), answers(r.getId()), signers,
          settledItems(r.getId()));
    });
  }

  /** Surfaces, allowed regions and data types the answers must cover. */
  public FiveQuestions.Scope scope(long procurementId) {
    Procurement procurement = intake.get(procurementId);
    return new FiveQuestions.Scope(procurement.getSurfaces(), procurement.getAllowedRegions());
  }

  Map<String, Object> bars(SignOff signOff) {
    Procurement procurement = intake.get(signOff.getProcurementId());
    return thresholds.forTier(RiskTier.parse(signOff.getRiskTier()), procurement.getThresholdsVersion()).values();
  }

  Procurement procurement(long procurementId) {
    return intake.get(procurementId);
  }

  // ---- helpers --------------------------------------------------------------------------------

  static SignOffRules.ItemState state(ReviewItem item) {
    return new SignOffRules.ItemState(item.getRequirementId(), item.getOwnerRole(), item.getStatus(), item.isNoGo(),
        item.getApprovedBy(), item.getConflict(), item.getControllingReference());
  }

  static Object part(Question question, FiveAnswers answers) {
    return switch (question) {
      case Q1 -> answers.sla();
      case Q2 -> answers.audit();
      case Q3 -> answers.data();
      case Q4 -> answers.incident();
      case Q5 -> answers.fix();
    };
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return json == null ? null : JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable stored answer " + type.getSimpleName(), e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }
}
