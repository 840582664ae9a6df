package org.llmprocurement.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.llmprocurement.catalogue.Requirement;
import org.llmprocurement.clauses.ClauseAnalysis;
import org.llmprocurement.clauses.ClauseRule;
import org.llmprocurement.clauses.Verdict;

/**
 * The rules of one review decision, free of Spring and the engine: what each decision needs, when
 * NOT_APPLICABLE and WAIVED are allowed, how old evidence may be, how a MET clause is judged, and
 * when two references conflict.
 */
public final class ReviewRules {

  static final int MIN_JUSTIFICATION = 10;
  static final int MIN_DISPUTE_JUSTIFICATION = 20;

  /** A contract document as the rules need it. */
  public record Document(long id, String type, String title, int version, LocalDate date) {
    String label() {
      return type + " \"" + title + "\" v" + version + " (#" + id + ")";
    }
  }

  /** What the item's situation is: the requirement at the tier, and whether N/A is allowed here. */
  public record Context(Requirement requirement, boolean noGo, boolean notApplicableAllowed, LocalDate today,
      LongFunction<Optional<Document>> documents, BiFunction<Requirement, String, ClauseAnalysis> judge) {}

  /** The status a decision leads to, with the clause analysis behind it. */
  public record Outcome(ReviewStatus status, String verdict, String finding, String figures, String conflict,
      String controllingReference, String explanation) {

    /** An outcome without clause analysis (GAP, WAIVED, NOT_APPLICABLE). */
    public Outcome(ReviewStatus status, String verdict, String finding, String figures, String conflict,
        String controllingReference) {
      this(status, verdict, finding, figures, conflict, controllingReference, null);
    }
  }

  private ReviewRules() {}

  /**
   * Judges one decision. Adds a problem per missing or invalid part (each starting with the
   * requirement id) and returns empty when there is any; otherwise the outcome to record.
   */
  public static Optional<Outcome> judge(ReviewInput input, Context context, List<String> problems) {
    String id = context.requirement().id();
    int before = problems.size();
    if (input.decision() == null) {
      problems.add(id + ": decision missing (MET, GAP, WAIVED or NOT_APPLICABLE)");
      return Optional.empty();
    }
    switch (input.decision()) {
      case MET -> {
        require(input.documentId() != null, id + ": MET needs the document holding the clause", problems);
        require(input.section() != null, id + ": MET needs the section reference", problems);
        require(input.clauseText() != null, id + ": MET needs the clause text", problems);
        document(id, "documentId", input.documentId(), context, problems);
        evidence(input, context, problems);
        if (input.hasSecondReference()) {
          require(input.document2Id() != null && input.section2() != null && input.clause2Text() != null,
              id + ": a second reference needs its document, section and clause text", problems);
          document(id, "document2Id", input.document2Id(), context, problems);
        }
        if (input.disputeFinding()) {
          require(input.justification() != null && input.justification().length() >= MIN_DISPUTE_JUSTIFICATION,
              id + ": disputing the clause analysis needs a justification of at least " + MIN_DISPUTE_JUSTIFICATION + " characters",
              problems);
        }
      }
      case GAP -> require(longEnough(input.justification()), id + ": GAP needs a justification saying what is missing or wrong", problems);
      case WAIVED -> {
        require(longEnough(input.justification()), id + ": WAIVED needs a justification", problems);
        require(!context.noGo(), id + ": is a no-go item at this tier and cannot be waived", problems);
      }
      case NOT_APPLICABLE -> {
        require(longEnough(input.justification()), id + ": NOT_APPLICABLE needs a reason", problems);
        require(context.notApplicableAllowed(), id + ": NOT_APPLICABLE is not allowed for this procurement's scope ("
            + Optional.ofNullable(context.requirement().notApplicable().when()).orElse("the catalogue never allows it") + ")", problems);
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return switch (input.decision()) {
      case GAP -> Optional.of(new Outcome(ReviewStatus.GAP, null, input.justification(), null, null, null));
      case WAIVED -> Optional.of(new Outcome(ReviewStatus.WAIVER_PENDING, null, null, null, null, null));
      case NOT_APPLICABLE -> Optional.of(new Outcome(ReviewStatus.NOT_APPLICABLE, null, null, null, null, null));
      case MET -> judgeClauses(input, context, problems);
    };
  }

  private static Optional<Outcome> judgeClauses(ReviewInput input, Context context, List<String> problems) {
    Requirement requirement = context.requirement();
    ClauseAnalysis primary = context.judge().apply(requirement, input.clauseText());
    ClauseAnalysis controlling = primary;
    String controllingReference = null;
    String conflict = null;
    if (input.hasSecondReference()) {
      ClauseAnalysis secondary = context.judge().apply(requirement, input.clause2Text());
      conflict = conflict(requirement, input, context, primary, secondary);
      if (conflict != null) {
        String choice = input.controllingReference() == null ? null : input.controllingReference().toUpperCase(Locale.ROOT);
        if (!"PRIMARY".equals(choice) && !"SECONDARY".equals(choice)) {
          problems.add(requirement.id() + ": the references disagree (" + conflict + "); record which controls as"
              + " controllingReference PRIMARY or SECONDARY (the more protective is " + moreProtective(requirement, primary, secondary) + ")");
          return Optional.empty();
        }
        controllingReference = choice;
        controlling = "SECONDARY".equals(choice) ? secondary : primary;
      }
    }
    String figures = controlling.figures().stream()
        .map(f -> f.text().trim()).distinct().collect(Collectors.joining("; "));
    String verdict = controlling.verdict().name();
    if (controlling.verdict() == Verdict.MEETS) {
      return Optional.of(new Outcome(ReviewStatus.MET, verdict, null, blankToNull(figures), conflict, controllingReference,
          controlling.explanation()));
    }
    String finding = finding(controlling);
    ReviewStatus status = input.disputeFinding() ? ReviewStatus.DISPUTE_PENDING : ReviewStatus.GAP;
    return Optional.of(new Outcome(status, verdict, finding, blankToNull(figures), conflict, controllingReference,
        controlling.explanation()));
  }

  /** "VAGUE: rests on 'commercially reasonable efforts'. <advice>" */
  static String finding(ClauseAnalysis analysis) {
    StringBuilder text = new StringBuilder(analysis.verdict().name());
    if (!analysis.weakPhrases().isEmpty()) {
      text.append(": weak wording ").append(analysis.weakPhrases().stream()
          .map(w -> "'" + w.phrase() + "'").distinct().collect(Collectors.joining(", ")));
    }
    if (!analysis.missingElements().isEmpty()) {
      text.append("; missing ").append(String.join(", ", analysis.missingElements()));
    }
    analysis.checks().stream().filter(c -> !c.passed()).forEach(c -> text.append("; ").append(c.threshold())
        .append(c.figure() == null ? " not stated" : " " + c.figure().text().trim() + " misses the bar " + bar(c.bar())));
    if (!analysis.scopeFindings().isEmpty()) {
      text.append("; ").append(String.join("; ", analysis.scopeFindings()));
    }
    return text.append(". ").append(analysis.advice()).toString();
  }

  private static String bar(Double bar) {
    return bar == null ? "?" : (bar == Math.rint(bar) ? String.valueOf(bar.longValue()) : String.valueOf(bar));
  }

  /** Differing figures for the same measured bar in the two references, or null. */
  static String conflict(Requirement requirement, ReviewInput input, Context context, ClauseAnalysis primary,
      ClauseAnalysis secondary) {
    List<String> differences = new ArrayList<>();
    List<ClauseAnalysis.Check> a = primary.checks();
    List<ClauseAnalysis.Check> b = secondary.checks();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      ClauseAnalysis.Figure fa = a.get(i).figure();
      ClauseAnalysis.Figure fb = b.get(i).figure();
      if (fa != null && fb != null && Math.abs(fa.normalizedValue() - fb.normalizedValue()) > 1e-9) {
        differences.add(a.get(i).threshold() + ": " + label(input.documentId(), input.section(), context) + " says "
            + fa.text().trim() + ", " + label(input.document2Id(), input.section2(), context) + " says " + fb.text().trim());
      }
    }
    if (differences.isEmpty() && a.isEmpty() && primary.verdict() != secondary.verdict()) {
      differences.add("the clauses are judged " + primary.verdict() + " and " + secondary.verdict());
    }
    return differences.isEmpty() ? null : String.join("; ", differences);
  }

  /** PRIMARY or SECONDARY: the reference whose figures protect us more (ties: PRIMARY). */
  static String moreProtective(Requirement requirement, ClauseAnalysis primary, ClauseAnalysis secondary) {
    List<ClauseRule.ThresholdCheck> checks = requirement.analysis().checks();
    for (int i = 0; i < Math.min(checks.size(), Math.min(primary.checks().size(), secondary.checks().size())); i++) {
      ClauseAnalysis.Figure fa = primary.checks().get(i).figure();
      ClauseAnalysis.Figure fb = secondary.checks().get(i).figure();
      if (fa == null || fb == null || fa.normalizedValue() == fb.normalizedValue()) {
        continue;
      }
      boolean lowerIsBetter = checks.get(i).direction() == ClauseRule.Direction.AT_MOST;
      boolean primaryBetter = lowerIsBetter ? fa.normalizedValue() < fb.normalizedValue() : fa.normalizedValue() > fb.normalizedValue();
      return primaryBetter ? "PRIMARY" : "SECONDARY";
    }
    return rank(primary.verdict()) <= rank(secondary.verdict()) ? "PRIMARY" : "SECONDARY";
  }

  private static int rank(Verdict verdict) {
    return List.of(Verdict.MEETS, Verdict.BELOW_THRESHOLD, Verdict.VAGUE, Verdict.NO_COMMITMENT).indexOf(verdict);
  }

  private static String label(Long documentId, String section, Context context) {
    String document = documentId == null ? "?" : context.documents().apply(documentId)
        .map(d -> d.type() + " v" + d.version()).orElse("#" + documentId);
    return document + (section == null ? "" : " " + section);
  }

  private static void evidence(ReviewInput input, Context context, List<String> problems) {
    String id = context.requirement().id();
    if (input.evidenceDocumentId() == null) {
      problems.add(id + ": MET needs the evidence document (" + context.requirement().evidence().description() + ")");
      return;
    }
    Optional<Document> evidence = document(id, "evidenceDocumentId", input.evidenceDocumentId(), context, problems);
    int maxAge = context.requirement().evidence().maxAgeMonths();
    evidence.ifPresent(doc -> {
      if (maxAge > 0 && doc.date() != null && doc.date().plusMonths(maxAge).isBefore(context.today())) {
        problems.add(id + ": evidence " + doc.label() + " dates from " + doc.date() + ", older than the "
            + maxAge + " months this requirement accepts (" + ChronoUnit.MONTHS.between(doc.date(), context.today()) + " months)");
      }
    });
    if (input.evidenceExpiry() != null && input.evidenceExpiry().isBefore(context.today())) {
      problems.add(id + ": evidence expired on " + input.evidenceExpiry());
    }
  }

  private static Optional<Document> document(String id, String field, Long documentId, Context context, List<String> problems) {
    if (documentId == null) {
      return Optional.empty();
    }
    Optional<Document> document = context.documents().apply(documentId);
    if (document.isEmpty()) {
      problems.add(id + ": " + field + " #" + documentId + " is not a document of this procurement");
    }
    return document;
  }

  private static void require(boolean condition, String problem, List<String> problems) {
    if (!condition) {
      problems.add(problem);
    }
  }

  private static boolean longEnough(String text) {
    return text != null && text.trim().length() >= MIN_JUSTIFICATION;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
