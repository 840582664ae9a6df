package org.llmprocurement.catalogue;

import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.domain.RiskTier;
import org.llmprocurement.domain.Surface;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.llmprocurement.clauses.ClauseRule;

/**
 * Checks a parsed catalogue tree before it is used. Every problem is reported as
 * {@code <entry id>.<field>: <what is wrong>} so the author finds it at once.
 *
 * <p>Fallback ladders: each requirement has a {@code controlObjective} and at least one entry in
 * {@code fallbacks} (numbered from 1 in messages, as their ranks). A fallback's {@code figures}
 * name only tiers at which the requirement is required and only the requirement's threshold keys,
 * with values of the decision output's type. Whether a figure is stricter follows the direction of
 * the requirement's analysis check on that key ({@code AT_LEAST}: higher is stricter; {@code
 * AT_MOST}: lower is) and, for yes/no outputs, {@code true} is stricter. No figure may be stricter
 * than the decision's value at its tier, and each fallback's figure (its own, else the decision's)
 * must be no stricter than the one of the fallback before it. {@code reframings} are optional;
 * each names a non-blank {@code control} and {@code alternative}.
 */
final class CatalogueValidator {

  /** Clause areas the catalogue must cover (from the contracting checklist we follow). */
  static final List<String> REQUIRED_AREAS =
      List.of(
          "availability", "latency", "throughput", "support", "remedies", "audit_rights",
          "operational_access", "model_provenance", "model_change", "output_reliability",
          "data_flow", "security_controls", "subprocessors", "incident_notice", "logging",
          "telemetry_content", "monitoring_abuse", "residency", "retention_deletion",
          "privacy_training", "remediation", "exit_portability", "renewal_termination",
          "liability_indemnity", "document_traceability");

  static final int MIN_REQUIREMENTS_PER_AREA = 2;

  private static final Pattern ID_FORMAT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-\\d{2}");
  private static final Pattern AREA_KEY_FORMAT = Pattern.compile("[a-z][a-z0-9_]*");

  private static final Set<String> TOP_FIELDS = Set.of("version", "areas", "requirements");
  private static final Set<String> AREA_FIELDS = Set.of("key", "title", "summary", "perSurface");
  private static final List<String> REQUIREMENT_TEXT_FIELDS =
      List.of("id", "area", "title", "position", "controlObjective", "weakExample",
          "bindingExample", "ownerRole");
  private static final Set<String> REQUIREMENT_FIELDS =
      Set.of("id", "area", "title", "position", "controlObjective", "fallbacks", "reframings",
          "weakWording", "weakExample", "bindingExample", "ownerRole", "requiredTiers", "noGoTiers",
          "notApplicable", "evidence", "thresholds", "references", "analysis");
  private static final Set<String> FALLBACK_FIELDS = Set.of("wording", "figures");
  private static final Set<String> REFRAMING_FIELDS = Set.of("control", "alternative");
  private static final Set<String> NOT_APPLICABLE_FIELDS =
      Set.of("allowed", "when", "ifSurfacesAbsent", "ifDataCategoriesAbsent", "ifEuAiActAreaNone",
          "belowTier");
  private static final Set<String> EVIDENCE_FIELDS = Set.of("description", "maxAgeMonths");
  private static final Set<String> ANALYSIS_FIELDS = Set.of("polarity", "elements", "checks");
  private static final Set<String> ELEMENT_FIELDS = Set.of("name", "anyOf");
  private static final Set<String> CHECK_FIELDS = Set.of("threshold", "unit", "direction", "near");

  private final Set<String> thresholdKeys;
  private final Map<RiskTier, Thresholds> tiers;
  private List<String> problems;

  /**
   * @param tiers the outputs of the tier thresholds decision per tier: a requirement may only name
   *     these keys, and no fallback figure may be stricter than these values
   */
  CatalogueValidator(Map<RiskTier, Thresholds> tiers) {
    this.tiers = Map.copyOf(tiers);
    Set<String> keys = new LinkedHashSet<>();
    tiers.values().forEach(t -> keys.addAll(t.keys()));
    this.thresholdKeys = Set.copyOf(keys);
  }

  /** Throws {@link CatalogueValidationException} listing every problem, if there is any. */
  void validate(JsonNode root) {
    List<String> found = problems(root);
    if (!found.isEmpty()) {
      throw new CatalogueValidationException(found);
    }
  }

  /** All problems of the tree, in file order; empty when the catalogue is sound. */
  List<String> problems(JsonNode root) {
    problems = new ArrayList<>();
    unknownFields("catalogue", root, TOP_FIELDS);
    text("catalogue", root, "version");
    Set<String> areaKeys = areas(root.get("areas"));
    requirements(root.get("requirements"), areaKeys);
    return List.copyOf(problems);
  }

  private Set<String> areas(JsonNode areas) {
    Set<String> keys = new LinkedHashSet<>();
    if (!list("catalogue", "areas", areas, true)) {
      return keys;
    }
    for (int i = 0; i < areas.size(); i++) {
      JsonNode area = areas.get(i);
      String key = textValue(area, "key");
      String label = key.isBlank() ? "areas[" + i + "]" : key;
      if (!area.isObject()) {
        problems.add(label + ": must be a mapping with key, title and summary");
        continue;
      }
      unknownFields(label, area, AREA_FIELDS);
      for (String field : List.of("key", "title", "summary")) {
        text(label, area, field);
      }
      if (area.has("perSurface") && !area.get("perSurface").isBoolean()) {
        problems.add(label + ".perSurface: must be true or false");
      }
      if (!key.isBlank()) {
        if (!AREA_KEY_FORMAT.matcher(key).matches()) {
          problems.add(label + ".key: must be lower_snake_case");
        }
        if (!keys.add(key)) {
          problems.add(label + ".key: duplicate area key");
        }
      }
    }
    for (String required : REQUIRED_AREAS) {
      if (!keys.contains(required)) {
        problems.add("catalogue.areas: required area '" + required + "' is missing");
      }
    }
    return keys;
  }

  private void requirements(JsonNode requirements, Set<String> areaKeys) {
    if (!list("catalogue", "requirements", requirements, true)) {
      return;
    }
    Set<String> ids = new HashSet<>();
    Map<String, Integer> perArea = new HashMap<>();
    for (int i = 0; i < requirements.size(); i++) {
      JsonNode req = requirements.get(i);
      String id = textValue(req, "id");
      String label = id.isBlank() ? "requirements[" + i + "]" : id;
      if (!req.isObject()) {
        problems.add(label + ": must be a mapping");
        continue;
      }
      unknownFields(label, req, REQUIREMENT_FIELDS);
      for (String field : REQUIREMENT_TEXT_FIELDS) {
        text(label, req, field);
      }
      if (!id.isBlank()) {
        if (!ID_FORMAT.matcher(id).matches()) {
          problems.add(label + ".id: must look like ABC-DEF-01");
        }
        if (!ids.add(id)) {
          problems.add(label + ".id: duplicate requirement id");
        }
      }
      String area = textValue(req, "area");
      if (!area.isBlank()) {
        if (areaKeys.contains(area)) {
          perArea.merge(area, 1, Integer::sum);
        } else {
          problems.add(label + ".area: unknown area '" + area + "'");
        }
      }
      String role = textValue(req, "ownerRole");
      if (!role.isBlank() && OwnerRole.fromKey(role).filter(r -> r.key().equals(role)).isEmpty()) {
        problems.add(label + ".ownerRole: unknown role '" + role + "' (allowed: "
            + OwnerRole.allowed() + ")");
      }
      if (list(label, "weakWording", req.get("weakWording"), true)) {
        texts(label, "weakWording", req.get("weakWording"));
      }
      Set<RiskTier> required = tiers(label, "requiredTiers", req.get("requiredTiers"), true);
      if (!required.isEmpty()) {
        RiskTier lowest = required.stream().min(Enum::compareTo).orElseThrow();
        for (RiskTier tier : RiskTier.values()) {
          if (tier.isAtLeast(lowest) && !required.contains(tier)) {
            problems.add(label + ".requiredTiers: " + tier + " must be included because "
                + lowest + " is (higher tiers require at least what lower ones do)");
          }
        }
      }
      Set<RiskTier> noGo = tiers(label, "noGoTiers", req.get("noGoTiers"), false);
      for (RiskTier tier : noGo) {
        if (!required.contains(tier)) {
          problems.add(label + ".noGoTiers: " + tier + " is not in requiredTiers");
        }
      }
      notApplicable(label, req.get("notApplicable"));
      evidence(label, req.get("evidence"));
      Set<String> thresholds = thresholds(label, req.get("thresholds"));
      if (list(label, "references", req.get("references"), false)) {
        texts(label, "references", req.get("references"));
      }
      analysis(label, req.get("analysis"), thresholds);
      if (req.has("fallback")) {
        problems.add(label + ".fallback: replaced by 'fallbacks', a list of {wording, figures} "
            + "in the order they are offered");
      }
      fallbacks(label, req, thresholds, required);
      reframings(label, req.get("reframings"));
    }
    for (String area : areaKeys) {
      int count = perArea.getOrDefault(area, 0);
      if (count < MIN_REQUIREMENTS_PER_AREA) {
        problems.add(area + ".requirements: area has " + count + " requirement(s), needs at least "
            + MIN_REQUIREMENTS_PER_AREA);
      }
    }
  }

  private void notApplicable(String label, JsonNode node) {
    String field = label + ".notApplicable";
    if (node == null || node.isNull()) {
      problems.add(field + ": missing (write allowed: false if it always applies)");
      return;
    }
    if (!node.isObject()) {
      problems.add(field + ": must be a mapping");
      return;
    }
    unknownFields(field, node, NOT_APPLICABLE_FIELDS);
    JsonNode allowed = node.get("allowed");
    if (allowed == null || !allowed.isBoolean()) {
      problems.add(field + ".allowed: missing or not true/false");
      return;
    }
    boolean conditions = false;
    JsonNode surfaces = node.get("ifSurfacesAbsent");
    if (list(field, "ifSurfacesAbsent", surfaces, false) && surfaces != null) {
      conditions |= !surfaces.isEmpty();
      enumValues(field + ".ifSurfacesAbsent", surfaces, Surface.class);
    }
    JsonNode categories = node.get("ifDataCategoriesAbsent");
    if (list(field, "ifDataCategoriesAbsent", categories, false) && categories != null) {
      conditions |= !categories.isEmpty();
      enumValues(field + ".ifDataCategoriesAbsent", categories, DataCategory.class);
    }
    JsonNode aiAct = node.get("ifEuAiActAreaNone");
    if (aiAct != null && !aiAct.isNull()) {
      if (!aiAct.isBoolean()) {
        problems.add(field + ".ifEuAiActAreaNone: must be true or false");
      } else {
        conditions |= aiAct.booleanValue();
      }
    }
    JsonNode below = node.get("belowTier");
    if (below != null && !below.isNull()) {
      conditions = true;
      enumValue(field + ".belowTier", below, RiskTier.class);
    }
    if (allowed.booleanValue()) {
      if (textValue(node, "when").isBlank()) {
        problems.add(field + ".when: missing or blank (explain when it does not apply)");
      }
      if (!conditions) {
        problems.add(field + ": allowed is true but no condition (ifSurfacesAbsent, "
            + "ifDataCategoriesAbsent, ifEuAiActAreaNone, belowTier) is given");
      }
    } else if (conditions) {
      problems.add(field + ": conditions are given but allowed is false");
    }
  }

  private void evidence(String label, JsonNode node) {
    String field = label + ".evidence";
    if (node == null || node.isNull()) {
      problems.add(field + ": missing");
      return;
    }
    if (!node.isObject()) {
      problems.add(field + ": must be a mapping with description and maxAgeMonths");
      return;
    }
    unknownFields(field, node, EVIDENCE_FIELDS);
    text(field, node, "description");
    JsonNode age = node.get("maxAgeMonths");
    if (age == null || !age.canConvertToInt() || !age.isIntegralNumber() || age.intValue() < 1) {
      problems.add(field + ".maxAgeMonths: missing or not a positive whole number");
    }
  }

  private Set<String> thresholds(String label, JsonNode node) {
    Set<String> keys = new LinkedHashSet<>();
    if (!list(label, "thresholds", node, false) || node == null) {
      return keys;
    }
    for (JsonNode key : node) {
      if (!key.isTextual() || key.asText().isBlank()) {
        problems.add(label + ".thresholds: entries must be threshold keys");
      } else if (!thresholdKeys.contains(key.asText())) {
        problems.add(label + ".thresholds: '" + key.asText()
            + "' is not an output of the tier thresholds decision");
      } else if (!keys.add(key.asText())) {
        problems.add(label + ".thresholds: '" + key.asText() + "' is listed twice");
      }
    }
    return keys;
  }

  private void analysis(String label, JsonNode node, Set<String> thresholds) {
    String field = label + ".analysis";
    if (node == null || node.isNull()) {
      problems.add(field + ": missing");
      return;
    }
    if (!node.isObject()) {
      problems.add(field + ": must be a mapping with polarity, elements and checks");
      return;
    }
    unknownFields(field, node, ANALYSIS_FIELDS);
    JsonNode polarity = node.get("polarity");
    if (polarity == null || polarity.isNull()) {
      problems.add(field + ".polarity: missing (OBLIGATION or PROHIBITION)");
    } else {
      enumValue(field + ".polarity", polarity, ClauseRule.Polarity.class);
    }
    JsonNode elements = node.get("elements");
    if (list(field, "elements", elements, true)) {
      for (int i = 0; i < elements.size(); i++) {
        JsonNode element = elements.get(i);
        String name = textValue(element, "name");
        String elementField = field + ".elements[" + (name.isBlank() ? i : name) + "]";
        if (!element.isObject()) {
          problems.add(elementField + ": must be a mapping with name and anyOf");
          continue;
        }
        unknownFields(elementField, element, ELEMENT_FIELDS);
        text(elementField, element, "name");
        JsonNode anyOf = element.get("anyOf");
        if (list(elementField, "anyOf", anyOf, true)) {
          for (JsonNode regex : anyOf) {
            regex(elementField + ".anyOf", regex);
          }
        }
      }
    }
    JsonNode checks = node.get("checks");
    if (list(field, "checks", checks, false) && checks != null) {
      for (int i = 0; i < checks.size(); i++) {
        JsonNode check = checks.get(i);
        String key = textValue(check, "threshold");
        String checkField = field + ".checks[" + (key.isBlank() ? i : key) + "]";
        if (!check.isObject()) {
          problems.add(checkField + ": must be a mapping with threshold, unit and direction");
          continue;
        }
        unknownFields(checkField, check, CHECK_FIELDS);
        if (key.isBlank()) {
          problems.add(checkField + ".threshold: missing or blank");
        } else if (!thresholds.contains(key)) {
          problems.add(checkField + ".threshold: '" + key
              + "' is not listed in the requirement's thresholds");
        }
        JsonNode unit = check.get("unit");
        if (unit == null || unit.isNull()) {
          problems.add(checkField + ".unit: missing");
        } else {
          enumValue(checkField + ".unit", unit, ClauseRule.Unit.class);
        }
        JsonNode direction = check.get("direction");
        if (direction == null || direction.isNull()) {
          problems.add(checkField + ".direction: missing (AT_LEAST or AT_MOST)");
        } else {
          enumValue(checkField + ".direction", direction, ClauseRule.Direction.class);
        }
        JsonNode near = check.get("near");
        if (near != null && !near.isNull()) {
          regex(checkField + ".near", near);
        }
      }
    }
  }

  private void fallbacks(String label, JsonNode req, Set<String> thresholds, Set<RiskTier> required) {
    JsonNode fallbacks = req.get("fallbacks");
    if (!list(label, "fallbacks", fallbacks, true)) {
      return;
    }
    Map<String, ClauseRule.Direction> directions = directions(req.get("analysis"));
    Set<String> wordings = new HashSet<>();
    wordings.add(textValue(req, "position"));
    // the figure each key settles for so far, per tier: the decision's, then each fallback's
    Map<RiskTier, Map<String, Object>> previous = new HashMap<>();
    for (int i = 0; i < fallbacks.size(); i++) {
      JsonNode fallback = fallbacks.get(i);
      String field = label + ".fallbacks[" + (i + 1) + "]";
      if (!fallback.isObject()) {
        problems.add(field + ": must be a mapping with wording and, optionally, figures");
        continue;
      }
      unknownFields(field, fallback, FALLBACK_FIELDS);
      text(field, fallback, "wording");
      String wording = textValue(fallback, "wording");
      if (!wording.isBlank() && !wordings.add(wording)) {
        problems.add(field + ".wording: repeats the position or an earlier fallback");
      }
      JsonNode figures = fallback.get("figures");
      Map<RiskTier, Map<String, Object>> own = new HashMap<>();
      if (figures != null && !figures.isNull()) {
        if (!figures.isObject()) {
          problems.add(field + ".figures: must be a mapping of tier to {threshold key: figure}");
        } else {
          own = figures(field + ".figures", figures, thresholds, required, directions);
        }
      }
      for (RiskTier tier : required) {
        Thresholds bars = tiers.get(tier);
        for (String key : thresholds) {
          if (bars == null || !bars.has(key)) {
            continue;
          }
          Object before = previous.getOrDefault(tier, Map.of()).getOrDefault(key, bars.get(key));
          Object now = own.getOrDefault(tier, Map.of()).getOrDefault(key, bars.get(key));
          Integer order = strictness(key, directions.get(key), now, before);
          if (i > 0 && order != null && order > 0) {
            problems.add(field + ".figures." + tier + "." + key + ": " + now
                + " is stricter than " + before + ", which the fallback before it settles for "
                + "(later fallbacks must be no stricter)");
          }
          previous.computeIfAbsent(tier, t -> new HashMap<>()).put(key, now);
        }
      }
    }
  }

  /** Checks one fallback's figures; returns those that are sound, per tier. */
  private Map<RiskTier, Map<String, Object>> figures(String field, JsonNode figures,
      Set<String> thresholds, Set<RiskTier> required, Map<String, ClauseRule.Direction> directions) {
    Map<RiskTier, Map<String, Object>> sound = new HashMap<>();
    Iterator<Map.Entry<String, JsonNode>> entries = figures.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      RiskTier tier = enumValue(field, com.fasterxml.jackson.databind.node.TextNode.valueOf(entry.getKey()), RiskTier.class);
      if (tier == null) {
        continue;
      }
      String tierField = field + "." + tier;
      if (!required.contains(tier)) {
        problems.add(tierField + ": the requirement is not required at " + tier
            + ", so there is nothing to settle for");
        continue;
      }
      if (!entry.getValue().isObject() || entry.getValue().isEmpty()) {
        problems.add(tierField + ": must be a non-empty mapping of threshold key to figure");
        continue;
      }
      Thresholds bars = tiers.get(tier);
      Iterator<Map.Entry<String, JsonNode>> values = entry.getValue().fields();
      while (values.hasNext()) {
        Map.Entry<String, JsonNode> value = values.next();
        String key = value.getKey();
        String keyField = tierField + "." + key;
        if (!thresholds.contains(key)) {
          problems.add(keyField + ": '" + key + "' is not one of the requirement's thresholds "
              + thresholds);
          continue;
        }
        if (bars == null || !bars.has(key)) {
          continue; // reported with the thresholds
        }
        Object bar = bars.get(key);
        Object figure = figure(keyField, value.getValue(), bar);
        if (figure == null) {
          continue;
        }
        if (!(bar instanceof Boolean) && directions.get(key) == null) {
          problems.add(keyField + ": no analysis check on '" + key
              + "' says whether a higher or lower figure is stricter");
          continue;
        }
        Integer order = strictness(key, directions.get(key), figure, bar);
        if (order != null && order > 0) {
          problems.add(keyField + ": " + figure + " is stricter than the tier thresholds "
              + "decision's " + bar + " at " + tier + " (a fallback settles for less, never more)");
          continue;
        }
        sound.computeIfAbsent(tier, t -> new HashMap<>()).put(key, figure);
      }
    }
    return sound;
  }

  /** The figure as a Java value if its type matches the decision output's, else null (reported). */
  private Object figure(String field, JsonNode value, Object bar) {
    if (bar instanceof Boolean) {
      if (value.isBoolean()) {
        return value.booleanValue();
      }
      problems.add(field + ": must be true or false, like the decision's output");
      return null;
    }
    if (bar instanceof Number n) {
      boolean whole = !(n instanceof Double || n instanceof Float || n instanceof java.math.BigDecimal);
      if (!value.isNumber() || (whole && !value.isIntegralNumber())) {
        problems.add(field + ": must be " + (whole ? "a whole number" : "a number")
            + ", like the decision's output (" + bar + ")");
        return null;
      }
      return whole ? (Object) value.longValue() : (Object) value.doubleValue();
    }
    problems.add(field + ": the decision's output is " + bar.getClass().getSimpleName()
        + ", which has no order a fallback could settle down on");
    return null;
  }

  /**
   * Positive when {@code a} is a stricter bar than {@code b}, zero when equal, negative when less
   * strict; null when the two cannot be compared.
   */
  private static Integer strictness(String key, ClauseRule.Direction direction, Object a, Object b) {
    if (a instanceof Boolean x && b instanceof Boolean y) {
      return Boolean.compare(x, y);
    }
    if (a instanceof Number x && b instanceof Number y && direction != null) {
      int higher = Double.compare(x.doubleValue(), y.doubleValue());
      return direction == ClauseRule.Direction.AT_LEAST ? higher : -higher;
    }
    return null;
  }

  /** Threshold key to the direction of the requirement's analysis check on it. */
  private Map<String, ClauseRule.Direction> directions(JsonNode analysis) {
    Map<String, ClauseRule.Direction> directions = new HashMap<>();
    JsonNode checks = analysis == null ? null : analysis.get("checks");
    if (checks == null || !checks.isArray()) {
      return directions;
    }
    for (JsonNode check : checks) {
      String key = textValue(check, "threshold");
      String direction = textValue(check, "direction");
      for (ClauseRule.Direction d : ClauseRule.Direction.values()) {
        if (d.name().equals(direction) && !key.isBlank()) {
          directions.putIfAbsent(key, d);
        }
      }
    }
    return directions;
  }

  private void reframings(String label, JsonNode reframings) {
    if (!list(label, "reframings", reframings, false) || reframings == null) {
      return;
    }
    for (int i = 0; i < reframings.size(); i++) {
      JsonNode reframing = reframings.get(i);
      String field = label + ".reframings[" + (i + 1) + "]";
      if (!reframing.isObject()) {
        problems.add(field + ": must be a mapping with control and alternative");
        continue;
      }
      unknownFields(field, reframing, REFRAMING_FIELDS);
      text(field, reframing, "control");
      text(field, reframing, "alternative");
    }
  }

  private void regex(String field, JsonNode node) {
    if (!node.isTextual() || node.asText().isBlank()) {
      problems.add(field + ": a pattern must be a non-blank string");
      return;
    }
    try {
      Pattern.compile(node.asText(), Pattern.CASE_INSENSITIVE);
    } catch (PatternSyntaxException e) {
      problems.add(field + ": invalid regular expression '" + node.asText() + "': "
          + e.getDescription());
    }
  }

  private Set<RiskTier> tiers(String label, String field, JsonNode node, boolean nonEmpty) {
    Set<RiskTier> tiers = new LinkedHashSet<>();
    if (!list(label, field, node, nonEmpty) || node == null) {
      return tiers;
    }
    for (JsonNode value : node) {
      RiskTier tier = enumValue(label + "." + field, value, RiskTier.class);
      if (tier != null && !tiers.add(tier)) {
        problems.add(label + "." + field + ": " + tier + " is listed twice");
      }
    }
    return tiers;
  }

  private <E extends Enum<E>> void enumValues(String field, JsonNode node, Class<E> type) {
    for (JsonNode value : node) {
      enumValue(field, value, type);
    }
  }

  private <E extends Enum<E>> E enumValue(String field, JsonNode value, Class<E> type) {
    String text = value.isTextual() ? value.asText() : value.toString();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    problems.add(field + ": unknown " + type.getSimpleName() + " '" + text + "' (allowed: "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
        + ")");
    return null;
  }

  /** Checks the node is a list; reports and returns false if not. Absent counts as empty. */
  private boolean list(String label, String field, JsonNode node, boolean nonEmpty) {
    if (node == null || node.isNull()) {
      if (nonEmpty) {
        problems.add(label + "." + field + ": missing");
        return false;
      }
      return true;
    }
    if (!node.isArray()) {
      problems.add(label + "." + field + ": must be a list");
      return false;
    }
    if (nonEmpty && node.isEmpty()) {
      problems.add(label + "." + field + ": must not be empty");
      return false;
    }
    return true;
  }

  private void texts(String label, String field, JsonNode node) {
    for (JsonNode value : node) {
      if (!value.isTextual() || value.asText().isBlank()) {
        problems.add(label + "." + field + ": entries must be non-blank text");
        return;
      }
    }
  }

  private void text(String label, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      problems.add(label + "." + field + ": missing");
    } else if (!value.isValueNode() || value.asText().isBlank()) {
      problems.add(label + "." + field + ": blank or not text");
    }
  }

  private void unknownFields(String label, JsonNode node, Set<String> known) {
    if (!node.isObject()) {
      return;
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name) && !(name.equals("fallback") && known == REQUIREMENT_FIELDS)) {
        problems.add(label + "." + name + ": unknown field");
      }
    }
  }

  private static String textValue(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || !value.isValueNode() ? "" : value.asText().trim();
  }
}
