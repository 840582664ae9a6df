package org.llmprocurement.signoff;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;
import org.llmprocurement.signoff.FiveAnswers.Audit;
import org.llmprocurement.signoff.FiveAnswers.DataLocations;
import org.llmprocurement.signoff.FiveAnswers.DataRow;
import org.llmprocurement.signoff.FiveAnswers.DataType;
import org.llmprocurement.signoff.FiveAnswers.EvidenceType;
import org.llmprocurement.signoff.FiveAnswers.Fix;
import org.llmprocurement.signoff.FiveAnswers.IncidentNotice;
import org.llmprocurement.signoff.FiveAnswers.Sla;
import org.llmprocurement.signoff.FiveAnswers.SlaRow;

/**
 * The rules of the five final questions, free of Spring and the engine: how an answer is prefilled
 * from the checklist (the MET review items, the figures saved with them, the tier thresholds and
 * the procurement's scope), how a form's values become structured answers, and when an answer is
 * complete (every figure it needs is there) and meets the tier's bars.
 *
 * <p>Every problem starts with the question's code and names exactly what is missing, e.g.
 * {@code "Q1: p99 latency for API in EU"}.
 */
public final class FiveQuestions {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the answers must cover: surfaces in scope × regions (Q1), data types (Q3); allowed regions bound Q3. */
  public record Scope(List<Surface> surfaces, List<Region> regions) {
    public Scope {
      surfaces = List.copyOf(surfaces);
      regions = List.copyOf(regions);
    }

    /** The data types Q3 asks about: embeddings only with the EMBEDDINGS or RETRIEVAL surface. */
    public List<DataType> dataTypes() {
      boolean embeddings = surfaces.contains(Surface.EMBEDDINGS) || surfaces.contains(Surface.RETRIEVAL);
      return java.util.Arrays.stream(DataType.values()).filter(t -> embeddings || t != DataType.EMBEDDINGS).toList();
    }
  }

  /** A MET review item as the prefill reads it: its clause and the figures the clause analysis saved ("8 hours; 48 hours"). */
  public record MetClause(String requirementId, String clauseText, String figures) {}

  /** Prefilled answers and, per question, where each value came from. */
  public record Prefill(FiveAnswers answers, Map<Question, List<String>> sources) {}

  /**
   * One figure of an answer: its form key, how problems name it, its unit, the tier threshold it is
   * held against (AT_MOST unless {@code atLeast}), and the catalogue requirement (and position among
   * that clause's figures) it is prefilled from.
   */
  record Figure(String key, String label, String unit, String bar, boolean atLeast, String requirementId, int index) {}

  static final List<Figure> SLA_FIGURES = List.of(
      new Figure("availabilityPercent", "availability", "%", "availabilityPercent", true, "SLA-AVAIL-01", 0),
      new Figure("latencyP95Ms", "p95 latency", "ms", "latencyP95Ms", false, "SLA-LAT-01", 0),
      new Figure("latencyP99Ms", "p99 latency", "ms", "latencyP99Ms", false, "SLA-LAT-02", 0),
      new Figure("sev1ResponseMinutes", "Sev1 response", "minutes", "sev1AckMinutes", false, "SUP-SEV-01", 0),
      new Figure("sev2ResponseHours", "Sev2 response", "hours", "sev2AckHours", false, "SUP-SEV-02", 0),
      new Figure("sev3ResponseBusinessHours", "Sev3 response", "business hours", "sev3AckBusinessHours", false, "SUP-SEV-03", 0),
      new Figure("sev1ResolutionHours", "Sev1 resolution", "hours", "sev1RestoreHours", false, "SUP-RESTORE-01", 0),
      new Figure("sev2ResolutionHours", "Sev2 resolution", "hours", "sev2RestoreHours", false, "SUP-RESTORE-01", 1),
      new Figure("sev3ResolutionBusinessDays", "Sev3 resolution", "business days", "sev3RestoreBusinessDays", false, "SUP-RESTORE-01", 2));

  static final Figure AUDIT_CADENCE =
      new Figure("auditCadenceMonths", "audit evidence cadence", "months", "auditEvidenceMonths", false, "AUD-CADENCE-01", 0);
  static final Figure NOTICE_SUSPECTED =
      new Figure("noticeSuspectedHours", "notice of a suspected incident", "hours", "breachNoticeSuspectedHours", false, "INC-NOTICE-02", 0);
  static final Figure NOTICE_CONFIRMED =
      new Figure("noticeConfirmedHours", "notice of a confirmed incident", "hours", "breachNoticeConfirmedHours", false, "INC-NOTICE-01", 0);
  static final Figure UPDATE_INTERVAL =
      new Figure("updateIntervalHours", "incident update interval", "hours", "breachUpdateHours", false, "INC-UPDATE-01", 0);
  static final Figure ROOT_CAUSE =
      new Figure("rootCauseBusinessDays", "root-cause analysis deadline", "business days", "rootCauseBusinessDays", false, "REMED-RCA-01", 0);
  static final Figure CORRECTIVE_PLAN = new Figure("correctivePlanBusinessDays", "corrective plan deadline", "business days",
      "correctiveActionBusinessDays", false, "REMED-CAP-01", 0);

  /** Q5 remedies: form key, how problems name it, the requirement whose MET clause grants it. */
  record Remedy(String key, String label, String requirementId) {}

  static final List<Remedy> REMEDIES = List.of(
      new Remedy("remedyCredits", "whether service credits apply (on top of other remedies)", "REM-CREDIT-01"),
      new Remedy("remedySuspension", "whether we may suspend affected data flows", "REM-SUSPEND-01"),
      new Remedy("remedyStepUp", "whether support steps up at the vendor's cost", "REM-STEPUP-01"),
      new Remedy("remedyTermination", "whether repeated failures give a termination right", "REM-TERM-01"));

  /** The form keys of each question's fields (a dynamic list counts as one key). */
  public static final Map<Question, List<String>> FIELDS = Map.of(
      Question.Q1, List.of("slaRows"),
      Question.Q2, List.of("auditEvidence", "auditCadenceMonths", "auditOnSite", "auditThirdParty"),
      Question.Q3, List.of("dataRows"),
      Question.Q4, List.of(NOTICE_SUSPECTED.key(), NOTICE_CONFIRMED.key(), UPDATE_INTERVAL.key()),
      Question.Q5, List.of(ROOT_CAUSE.key(), CORRECTIVE_PLAN.key(), "remedyCredits", "remedySuspension", "remedyStepUp",
          "remedyTermination"));

  private FiveQuestions() {}

  // ---- prefill --------------------------------------------------------------------------------

  /**
   * The answers as the checklist gives them: a figure comes from the MET clause's saved figures
   * when one fits the unit, else from the tier's bar (a MET clause meets it), and stays empty when
   * the requirement is not MET (the owner must supply it or reject); yes/no answers are yes when
   * the requirement's clause is MET; regions are the procurement's allowed regions when the
   * residency clauses are MET.
   *
   * @param met MET review items by requirement id
   * @param bars the tier thresholds (name to value)
   */
  public static Prefill prefill(Scope scope, Map<String, MetClause> met, Map<String, Object> bars) {
    Map<Question, List<String>> sources = new EnumMap<>(Question.class);
    for (Question q : Question.values()) {
      sources.put(q, new ArrayList<>());
    }
    Map<String, Number> sla = new LinkedHashMap<>();
    for (Figure figure : SLA_FIGURES) {
      sla.put(figure.key(), figure(figure, met, bars, sources.get(Question.Q1)));
    }
    List<SlaRow> rows = new ArrayList<>();
    for (Surface surface : scope.surfaces()) {
      for (Region region : scope.regions()) {
        Map<String, Object> row = new LinkedHashMap<>(sla);
        row.put("surface", surface.name());
        row.put("region", region.name());
        rows.add(JSON.convertValue(row, SlaRow.class));
      }
    }

    Optional<MetClause> evidence = Optional.ofNullable(met.get("AUD-EVID-01"));
    List<String> evidenceTypes = evidence.map(c -> evidenceTypes(c.clauseText())).orElse(List.of());
    evidence.ifPresent(c -> sources.get(Question.Q2).add("AUD-EVID-01: evidence types named in the clause"));
    Number cadence = figure(AUDIT_CADENCE, met, bars, sources.get(Question.Q2));
    Optional<MetClause> right = Optional.ofNullable(met.get("AUD-RIGHT-01"));
    right.ifPresent(c -> sources.get(Question.Q2).add("AUD-RIGHT-01: audit right as worded in the clause"));
    Boolean onSite = right.map(c -> matches(c.clauseText(), "on[- ]site|premises|facilit")).orElse(false);
    Boolean thirdParty = right.map(c -> matches(c.clauseText(), "independent|third[- ]party")).orElse(false);
    Audit audit = new Audit(evidenceTypes, cadence == null ? null : cadence.intValue(), onSite, thirdParty);

    boolean residency = met.containsKey("RES-REGION-01");
    boolean support = met.containsKey("RES-SUPPORT-01");
    if (residency) {
      sources.get(Question.Q3).add("RES-REGION-01: storage and processing in the allowed regions " + scope.regions());
    }
    if (support) {
      sources.get(Question.Q3).add("RES-SUPPORT-01: support access from the allowed regions " + scope.regions());
    }
    List<DataRow> dataRows = scope.dataTypes().stream().map(type -> new DataRow(type.name(),
        residency ? scope.regions() : List.of(), residency ? scope.regions() : List.of(), support ? scope.regions() : List.of()))
        .toList();

    IncidentNotice incident = new IncidentNotice(whole(figure(NOTICE_SUSPECTED, met, bars, sources.get(Question.Q4))),
        whole(figure(NOTICE_CONFIRMED, met, bars, sources.get(Question.Q4))),
        whole(figure(UPDATE_INTERVAL, met, bars, sources.get(Question.Q4))));

    Integer rootCause = whole(figure(ROOT_CAUSE, met, bars, sources.get(Question.Q5)));
    Integer plan = whole(figure(CORRECTIVE_PLAN, met, bars, sources.get(Question.Q5)));
    List<Boolean> remedies = new ArrayList<>();
    for (Remedy remedy : REMEDIES) {
      boolean granted = met.containsKey(remedy.requirementId());
      remedies.add(granted);
      if (granted) {
        sources.get(Question.Q5).add(remedy.requirementId() + ": MET");
      }
    }
    Fix fix = new Fix(rootCause, plan, remedies.get(0), remedies.get(1), remedies.get(2), remedies.get(3));
    return new Prefill(new FiveAnswers(new Sla(rows), audit, new DataLocations(dataRows), incident, fix), sources);
  }

  private static Number figure(Figure figure, Map<String, MetClause> met, Map<String, Object> bars, List<String> sources) {
    MetClause clause = met.get(figure.requirementId());
    if (clause == null) {
      return null;
    }
    Optional<Double> stated = statedFigure(clause.figures(), figure.unit(), figure.index());
    if (stated.isPresent()) {
      sources.add(figure.requirementId() + ": " + figure.label() + " " + format(stated.get()) + " " + figure.unit()
          + " (from the clause)");
      return stated.get();
    }
    Object bar = bars.get(figure.bar());
    if (bar instanceof Number n) {
      sources.add(figure.requirementId() + ": " + figure.label() + " " + format(n.doubleValue()) + " " + figure.unit()
          + " (the tier's bar; the MET clause meets it)");
      return n.doubleValue();
    }
    return null;
  }

  private static final Pattern AMOUNT = Pattern.compile(
      "(\\d+(?:[.,]\\d+)?)\\s*(%|percent|ms\\b|milliseconds?|seconds?|minutes?|business hours?|hours?|business days?|working days?|calendar days?|days?|months?)",
      Pattern.CASE_INSENSITIVE);

  /**
   * The figure at {@code index} among the figures of the clause that can be expressed in
   * {@code unit} ("8 hours; 2 days" in hours: 8, 48), or empty.
   */
  static Optional<Double> statedFigure(String figures, String unit, int index) {
    if (figures == null) {
      return Optional.empty();
    }
    List<Double> values = new ArrayList<>();
    Matcher m = AMOUNT.matcher(figures);
    while (m.find()) {
      double value = Double.parseDouble(m.group(1).replace(',', '.'));
      convert(value, m.group(2).toLowerCase(Locale.ROOT), unit).ifPresent(values::add);
    }
    return index < values.size() ? Optional.of(values.get(index)) : Optional.empty();
  }

  private static Optional<Double> convert(double value, String from, String to) {
    String source = from.startsWith("business hour") ? "business hours"
        : from.startsWith("business day") || from.startsWith("working day") ? "business days"
        : from.equals("%") || from.equals("percent") ? "%"
        : from.equals("ms") || from.startsWith("millisecond") ? "ms"
        : from.startsWith("second") ? "seconds"
        : from.startsWith("minute") ? "minutes"
        : from.startsWith("hour") ? "hours"
        : from.startsWith("month") ? "months"
        : "days";
    if (source.equals(to)) {
      return Optional.of(value);
    }
    return switch (to + "<" + source) {
      case "ms<seconds" -> Optional.of(value * 1000);
      case "minutes<hours" -> Optional.of(value * 60);
      case "hours<minutes" -> value % 60 == 0 ? Optional.of(value / 60) : Optional.empty();
      case "hours<days" -> Optional.of(value * 24);
      default -> Optional.empty();
    };
  }

  private static List<String> evidenceTypes(String clause) {
    List<String> types = new ArrayList<>();
    if (matches(clause, "SOC ?2")) {
      types.add(EvidenceType.SOC2_TYPE2.name());
    }
    if (matches(clause, "27001")) {
      types.add(EvidenceType.ISO27001.name());
    }
    if (matches(clause, "42001")) {
      types.add(EvidenceType.ISO42001.name());
    }
    if (matches(clause, "pen(etration)?[ -]?test")) {
      types.add(EvidenceType.PEN_TEST_SUMMARY.name());
    }
    if (matches(clause, "subprocessor list")) {
      types.add(EvidenceType.SUBPROCESSOR_LIST.name());
    }
    if (matches(clause, "attestation")) {
      types.add(EvidenceType.CONTROL_ATTESTATIONS.name());
    }
    if (matches(clause, "bridge letter")) {
      types.add(EvidenceType.BRIDGE_LETTER.name());
    }
    return types;
  }

  private static boolean matches(String text, String regex) {
    return text != null && Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(text).find();
  }

  // ---- form values ----------------------------------------------------------------------------

  /** The form fields of a question as its owner's task shows them (regions as "EU, EEA"). */
  public static Map<String, Object> formValues(Question question, FiveAnswers answers) {
    Map<String, Object> values = new LinkedHashMap<>();
    switch (question) {
      case Q1 -> values.put("slaRows", JSON.convertValue(answers.sla().rows(), new TypeReference<List<Map<String, Object>>>() {}));
      case Q2 -> {
        values.put("auditEvidence", answers.audit().evidenceTypes());
        values.put(AUDIT_CADENCE.key(), answers.audit().cadenceMonths());
        values.put("auditOnSite", answers.audit().onSite());
        values.put("auditThirdParty", answers.audit().thirdParty());
      }
      case Q3 -> values.put("dataRows", answers.data().rows().stream().map(row -> {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("dataType", row.dataType());
        map.put("label", DataType.valueOf(row.dataType()).label());
        map.put("storageRegions", regions(row.storageRegions()));
        map.put("processingRegions", regions(row.processingRegions()));
        map.put("supportAccessRegions", regions(row.supportAccessRegions()));
        return map;
      }).toList());
      case Q4 -> {
        values.put(NOTICE_SUSPECTED.key(), answers.incident().suspectedHours());
        values.put(NOTICE_CONFIRMED.key(), answers.incident().confirmedHours());
        values.put(UPDATE_INTERVAL.key(), answers.incident().updateHours());
      }
      case Q5 -> {
        values.put(ROOT_CAUSE.key(), answers.fix().rootCauseBusinessDays());
        values.put(CORRECTIVE_PLAN.key(), answers.fix().correctivePlanBusinessDays());
        values.put("remedyCredits", answers.fix().credits());
        values.put("remedySuspension", answers.fix().suspension());
        values.put("remedyStepUp", answers.fix().stepUp());
        values.put("remedyTermination", answers.fix().termination());
      }
    }
    return values;
  }

  private static String regions(List<Region> regions) {
    return regions.stream().map(Region::name).collect(Collectors.joining(", "));
  }

  /**
   * The owner's answer from the form's values, over the current answers (other questions kept).
   * Malformed values (a word where a number belongs, an unknown region) add a problem; a missing
   * value stays {@code null} for {@link #missing} to name.
   */
  public static FiveAnswers parse(Question question, Map<String, Object> values, FiveAnswers current, List<String> problems) {
    String q = question.name() + ": ";
    return switch (question) {
      case Q1 -> {
        List<SlaRow> rows = new ArrayList<>();
        for (Map<String, Object> row : rows(values.get("slaRows"), q + "slaRows", problems)) {
          String where = " for " + row.get("surface") + " in " + row.get("region");
          Map<String, Object> clean = new LinkedHashMap<>();
          clean.put("surface", text(row.get("surface")));
          clean.put("region", text(row.get("region")));
          for (Figure figure : SLA_FIGURES) {
            Object value = figure.key().equals("availabilityPercent")
                ? (Object) decimal(row.get(figure.key()), q + figure.label() + where, problems)
                : (Object) whole(row.get(figure.key()), q + figure.label() + where, problems);
            clean.put(figure.key(), value);
          }
          rows.add(JSON.convertValue(clean, SlaRow.class));
        }
        yield new FiveAnswers(new Sla(rows), current.audit(), current.data(), current.incident(), current.fix());
      }
      case Q2 -> {
        List<String> types = new ArrayList<>();
        Object raw = values.get("auditEvidence");
        if (raw instanceof List<?> list) {
          for (Object type : list) {
            if (java.util.Arrays.stream(EvidenceType.values()).anyMatch(t -> t.name().equals(type))) {
              types.add((String) type);
            } else {
              problems.add(q + "'" + type + "' is not an evidence type (" + java.util.Arrays.toString(EvidenceType.values()) + ")");
            }
          }
        } else if (raw != null) {
          problems.add(q + "auditEvidence must be a list of evidence types");
        }
        yield new FiveAnswers(current.sla(), new Audit(types, whole(values.get(AUDIT_CADENCE.key()), q + AUDIT_CADENCE.label(), problems),
            bool(values.get("auditOnSite"), q + "auditOnSite", problems), bool(values.get("auditThirdParty"), q + "auditThirdParty", problems)),
            current.data(), current.incident(), current.fix());
      }
      case Q3 -> {
        List<DataRow> rows = new ArrayList<>();
        for (Map<String, Object> row : rows(values.get("dataRows"), q + "dataRows", problems)) {
          String type = text(row.get("dataType"));
          String label = java.util.Arrays.stream(DataType.values()).filter(t -> t.name().equals(type)).map(DataType::label)
              .findFirst().orElse(type);
          rows.add(new DataRow(type, regionList(row.get("storageRegions"), q + "storage regions for " + label, problems),
              regionList(row.get("processingRegions"), q + "processing regions for " + label, problems),
              regionList(row.get("supportAccessRegions"), q + "support access regions for " + label, problems)));
        }
        yield new FiveAnswers(current.sla(), current.audit(), new DataLocations(rows), current.incident(), current.fix());
      }
      case Q4 -> new FiveAnswers(current.sla(), current.audit(), current.data(),
          new IncidentNotice(whole(values.get(NOTICE_SUSPECTED.key()), q + NOTICE_SUSPECTED.label(), problems),
              whole(values.get(NOTICE_CONFIRMED.key()), q + NOTICE_CONFIRMED.label(), problems),
              whole(values.get(UPDATE_INTERVAL.key()), q + UPDATE_INTERVAL.label(), problems)),
          current.fix());
      case Q5 -> new FiveAnswers(current.sla(), current.audit(), current.data(), current.incident(),
          new Fix(whole(values.get(ROOT_CAUSE.key()), q + ROOT_CAUSE.label(), problems),
              whole(values.get(CORRECTIVE_PLAN.key()), q + CORRECTIVE_PLAN.label(), problems),
              bool(values.get("remedyCredits"), q + "remedyCredits", problems),
              bool(values.get("remedySuspension"), q + "remedySuspension", problems),
              bool(values.get("remedyStepUp"), q + "remedyStepUp", problems),
              bool(values.get("remedyTermination"), q + "remedyTermination", problems)));
    };
  }

  // ---- completeness and bars ------------------------------------------------------------------

  /**
   * What the answer to the question lacks for this scope, each naming exactly what is missing
   * ("Q1: p99 latency for API in EU", "Q3: storage regions for prompts"); also rows outside the
   * scope and regions outside the allowed ones. Empty when the answer is complete.
   */
  public static List<String> missing(Question question, FiveAnswers answers, Scope scope) {
    List<String> problems = new ArrayList<>();
    String q = question.name() + ": ";
    switch (question) {
      case Q1 -> {
        Map<String, SlaRow> byKey = new LinkedHashMap<>();
        if (answers.sla() != null) {
          answers.sla().rows().forEach(row -> byKey.put(row.surface() + "/" + row.region(), row));
        }
        Set<String> expected = new LinkedHashSet<>();
        for (Surface surface : scope.surfaces()) {
          for (Region region : scope.regions()) {
            String key = surface.name() + "/" + region.name();
            expected.add(key);
            SlaRow row = byKey.get(key);
            if (row == null) {
              problems.add(q + "no service level for " + surface + " in " + region);
              continue;
            }
            Map<String, Object> values = JSON.convertValue(row, new TypeReference<Map<String, Object>>() {});
            for (Figure figure : SLA_FIGURES) {
              if (values.get(figure.key()) == null) {
                problems.add(q + figure.label() + " for " + surface + " in " + region);
              }
            }
          }
        }
        byKey.keySet().stream().filter(k -> !expected.contains(k))
            .forEach(k -> problems.add(q + k.replace("/", " in ") + " is not in the procurement's scope"));
      }
      case Q2 -> {
        Audit audit = answers.audit();
        if (audit == null || audit.evidenceTypes().isEmpty()) {
          problems.add(q + "evidence types the vendor delivers");
        }
        if (audit == null || audit.cadenceMonths() == null) {
          problems.add(q + AUDIT_CADENCE.label() + " (months)");
        }
        if (audit == null || !(Boolean.TRUE.equals(audit.onSite()) || Boolean.TRUE.equals(audit.thirdParty()))) {
          problems.add(q + "an on-site or third-party audit right (neither is granted)");
        }
      }
      case Q3 -> {
        Map<String, DataRow> byType = new LinkedHashMap<>();
        if (answers.data() != null) {
          answers.data().rows().forEach(row -> byType.put(row.dataType(), row));
        }
        for (DataType type : scope.dataTypes()) {
          DataRow row = byType.get(type.name());
          if (row == null) {
            problems.add(q + "where " + type.label() + " go (no row)");
            continue;
          }
          regions(q, "storage regions", "stored", type, row.storageRegions(), scope, problems);
          regions(q, "processing regions", "processed", type, row.processingRegions(), scope, problems);
          regions(q, "support access regions", "accessed by support", type, row.supportAccessRegions(), scope, problems);
        }
        byType.keySet().stream().filter(t -> scope.dataTypes().stream().noneMatch(d -> d.name().equals(t)))
            .forEach(t -> problems.add(q + t + " is not a data type this procurement covers"));
      }
      case Q4 -> {
        IncidentNotice notice = answers.incident();
        require(notice == null ? null : notice.suspectedHours(), q + NOTICE_SUSPECTED.label() + " (hours)", problems);
        require(notice == null ? null : notice.confirmedHours(), q + NOTICE_CONFIRMED.label() + " (hours)", problems);
        require(notice == null ? null : notice.updateHours(), q + UPDATE_INTERVAL.label() + " (hours)", problems);
      }
      case Q5 -> {
        Fix fix = answers.fix();
        require(fix == null ? null : fix.rootCauseBusinessDays(), q + ROOT_CAUSE.label() + " (business days)", problems);
        require(fix == null ? null : fix.correctivePlanBusinessDays(), q + CORRECTIVE_PLAN.label() + " (business days)", problems);
        List<Boolean> remedies = fix == null ? java.util.Arrays.asList(null, null, null, null)
            : java.util.Arrays.asList(fix.credits(), fix.suspension(), fix.stepUp(), fix.termination());
        for (int i = 0; i < REMEDIES.size(); i++) {
          require(remedies.get(i), q + REMEDIES.get(i).label(), problems);
        }
      }
    }
    return problems;
  }

  private static void regions(String q, String what, String verb, DataType type, List<Region> regions, Scope scope,
      List<String> problems) {
    if (regions.isEmpty()) {
      problems.add(q + what + " for " + type.label());
      return;
    }
    regions.stream().filter(r -> !scope.regions().contains(r)).forEach(r -> problems.add(q + type.label() + " " + verb + " in "
        + r + ", outside the allowed regions " + scope.regions()));
  }

  /**
   * Figures that are weaker than the tier's bar ("Q1: p99 latency for API in EU is 4000 ms, the
   * HIGH bar is at most 3000 ms"): such a contract does not meet the checklist and goes back to
   * negotiation instead of being signed.
   */
  public static List<String> belowBar(Question question, FiveAnswers answers, Map<String, Object> bars, RiskTier tier) {
    List<String> problems = new ArrayList<>();
    switch (question) {
      case Q1 -> {
        if (answers.sla() != null) {
          for (SlaRow row : answers.sla().rows()) {
            Map<String, Object> values = JSON.convertValue(row, new TypeReference<Map<String, Object>>() {});
            for (Figure figure : SLA_FIGURES) {
              bar(question, figure, values.get(figure.key()), " for " + row.surface() + " in " + row.region(), bars, tier, problems);
            }
          }
        }
      }
      case Q2 -> bar(question, AUDIT_CADENCE, answers.audit() == null ? null : answers.audit().cadenceMonths(), "", bars, tier, problems);
      case Q3 -> { }
      case Q4 -> {
        if (answers.incident() != null) {
          bar(question, NOTICE_SUSPECTED, answers.incident().suspectedHours(), "", bars, tier, problems);
          bar(question, NOTICE_CONFIRMED, answers.incident().confirmedHours(), "", bars, tier, problems);
          bar(question, UPDATE_INTERVAL, answers.incident().updateHours(), "", bars, tier, problems);
        }
      }
      case Q5 -> {
        if (answers.fix() != null) {
          bar(question, ROOT_CAUSE, answers.fix().rootCauseBusinessDays(), "", bars, tier, problems);
          bar(question, CORRECTIVE_PLAN, answers.fix().correctivePlanBusinessDays(), "", bars, tier, problems);
        }
      }
    }
    return problems;
  }

  private static void bar(Question question, Figure figure, Object value, String where, Map<String, Object> bars, RiskTier tier,
      List<String> problems) {
    if (!(value instanceof Number n) || !(bars.get(figure.bar()) instanceof Number bar)) {
      return;
    }
    boolean weaker = figure.atLeast() ? n.doubleValue() < bar.doubleValue() : n.doubleValue() > bar.doubleValue();
    if (weaker) {
      problems.add(question.name() + ": " + figure.label() + where + " is " + format(n.doubleValue()) + " " + figure.unit()
          + ", the " + tier + " bar is " + (figure.atLeast() ? "at least " : "at most ") + format(bar.doubleValue()) + " "
          + figure.unit());
    }
  }

  // ---- summary --------------------------------------------------------------------------------

  /** The five answers as short Markdown for the sign-off forms (each task shows all five). */
  public static String summary(FiveAnswers a) {
    StringBuilder text = new StringBuilder();
    text.append("**Q1 ").append(Question.Q1.title()).append("** (IT confirms)\n");
    for (SlaRow row : a.sla().rows()) {
      text.append("- ").append(row.surface()).append(" in ").append(row.region()).append(": availability ")
          .append(show(row.availabilityPercent())).append("%, p95 ").append(show(row.latencyP95Ms())).append(" ms, p99 ")
          .append(show(row.latencyP99Ms())).append(" ms; response Sev1 ").append(show(row.sev1ResponseMinutes()))
          .append(" min, Sev2 ").append(show(row.sev2ResponseHours())).append(" h, Sev3 ").append(show(row.sev3ResponseBusinessHours()))
          .append(" business h; resolution Sev1 ").append(show(row.sev1ResolutionHours())).append(" h, Sev2 ")
          .append(show(row.sev2ResolutionHours())).append(" h, Sev3 ").append(show(row.sev3ResolutionBusinessDays())).append(" business days\n");
    }
    Audit audit = a.audit();
    text.append("\n**Q2 ").append(Question.Q2.title()).append("** (legal confirms)\n- evidence: ")
        .append(audit.evidenceTypes().isEmpty() ? "?" : String.join(", ", audit.evidenceTypes())).append("; every ")
        .append(show(audit.cadenceMonths())).append(" months; on-site audit: ").append(yesNo(audit.onSite()))
        .append("; third-party auditor: ").append(yesNo(audit.thirdParty())).append('\n');
    text.append("\n**Q3 ").append(Question.Q3.title()).append("** (data governance confirms)\n");
    for (DataRow row : a.data().rows()) {
      text.append("- ").append(row.dataType()).append(": stored ").append(orUnknown(regions(row.storageRegions())))
          .append(", processed ").append(orUnknown(regions(row.processingRegions()))).append(", support access from ")
          .append(orUnknown(regions(row.supportAccessRegions()))).append('\n');
    }
    IncidentNotice n = a.incident();
    text.append("\n**Q4 ").append(Question.Q4.title()).append("** (security confirms)\n- suspected: ")
        .append(show(n.suspectedHours())).append(" h, confirmed: ").append(show(n.confirmedHours())).append(" h, updates every ")
        .append(show(n.updateHours())).append(" h\n");
    Fix f = a.fix();
    text.append("\n**Q5 ").append(Question.Q5.title()).append("** (procurement confirms)\n- root cause within ")
        .append(show(f.rootCauseBusinessDays())).append(" business days, corrective plan within ")
        .append(show(f.correctivePlanBusinessDays())).append(" business days; credits: ").append(yesNo(f.credits()))
        .append(", suspend data flows: ").append(yesNo(f.suspension())).append(", support step-up: ").append(yesNo(f.stepUp()))
        .append(", termination right: ").append(yesNo(f.termination())).append('\n');
    return text.toString();
  }

  private static String show(Number value) {
    return value == null ? "?" : format(value.doubleValue());
  }

  private static String yesNo(Boolean value) {
    return value == null ? "?" : value ? "yes" : "no";
  }

  private static String orUnknown(String text) {
    return text.isEmpty() ? "?" : text;
  }

  static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  // ---- value parsing --------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Object value, String what, List<String> problems) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list) || list.stream().anyMatch(r -> !(r instanceof Map<?, ?>))) {
      problems.add(what + " must be a list of rows");
      return List.of();
    }
    return (List<Map<String, Object>>) list;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString().trim();
  }

  private static Integer whole(Number value) {
    return value == null ? null : (int) Math.round(value.doubleValue());
  }

  private static Integer whole(Object value, String what, List<String> problems) {
    Double number = decimal(value, what, problems);
    if (number == null) {
      return null;
    }
    if (number != Math.rint(number) || number > Integer.MAX_VALUE) {
      problems.add(what + " must be a whole number (got " + value + ")");
      return null;
    }
    return number.intValue();
  }

  private static Double decimal(Object value, String what, List<String> problems) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    double number;
    if (value instanceof Number n) {
      number = n.doubleValue();
    } else {
      try {
        number = Double.parseDouble(value.toString().trim());
      } catch (NumberFormatException e) {
        problems.add(what + " must be a number (got '" + value + "')");
        return null;
      }
    }
    if (!(number > 0) || Double.isInfinite(number)) {
      problems.add(what + " must be greater than 0 (got " + value + ")");
      return null;
    }
    return number;
  }

  private static Boolean bool(Object value, String what, List<String> problems) {
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    problems.add(what + " must be true or false (got '" + value + "')");
    return null;
  }

  private static List<Region> regionList(Object value, String what, List<String> problems) {
    List<Region> regions = new ArrayList<>();
    if (value == null) {
      return regions;
    }
    for (String token : value.toString().split("[,;\\s]+")) {
      if (token.isBlank()) {
        continue;
      }
      try {
        Region region = Region.valueOf(token.trim().toUpperCase(Locale.ROOT));
        if (!regions.contains(region)) {
          regions.add(region);
        }
      } catch (IllegalArgumentException e) {
        problems.add(what + ": '" + token + "' is not a region (" + java.util.Arrays.toString(Region.values()) + ")");
      }
    }
    return regions;
  }

  private static void require(Object value, String problem, List<String> problems) {
    if (value == null) {
      problems.add(problem);
    }
  }
}
