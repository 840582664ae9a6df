package org.llmprocurement.intake;

import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.domain.DeploymentStage;
import org.llmprocurement.domain.EuAiActArea;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one validator of an intake, used by the Tasklist start form, {@code POST /api/procurements}
 * and every other way the lifecycle process can be started. Takes plain values (strings, booleans,
 * numbers, lists) and either builds an {@link IntakeForm} or names every bad field.
 */
public final class IntakeValidator {

  public static final List<String> FIELDS = List.of(
      "title", "vendor", "product", "useCase", "requester", "businessOwner", "technicalOwner", "surfaces",
      "customerFacing", "regulatedData", "dataCategories", "automatedDecisions", "euAiActHighRiskArea",
      "deploymentStage", "allowedRegions", "expectedUsers", "existingContractReference");

  /** The optional field naming the register entry a new use case runs under. */
  public static final String EXISTING_CONTRACT = "existingContractReference";
  /** As long as the register allows a contract reference. */
  public static final int MAX_CONTRACT_REFERENCE = 255;

  public static final int MAX_TEXT = 200;
  public static final int MAX_USE_CASE = 4000;
  /** Tier confirmation's justification and a manager's refusal comment: quoted again in string variables. */
  public static final int MAX_TIER_JUSTIFICATION = 2000;
  public static final int MAX_DECISION_COMMENT = 2000;
  static final int MAX_USERS = 10_000_000;
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

  /** A problem with one field of the intake. */
  public record Problem(String field, String message) {
    @Override
    public String toString() {
      return field + ": " + message;
    }
  }

  /** Either a form or the problems. */
  public record Result(IntakeForm form, List<Problem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  private final Predicate<String> userExists;
  private final ExistingContracts existingContracts;

  /** A validator without a register: any existing contract reference is refused as unknown. */
  public IntakeValidator(Predicate<String> userExists) {
    this(userExists, ExistingContracts.NONE);
  }

  /**
   * @param userExists tells whether a user id is known to the identity service
   * @param existingContracts resolves {@value #EXISTING_CONTRACT} against the contract register
   */
  public IntakeValidator(Predicate<String> userExists, ExistingContracts existingContracts) {
    this.userExists = userExists;
    this.existingContracts = existingContracts;
  }

  /**
   * @param raw the submitted values
   * @param currentUser the authenticated user, who is the requester unless another user is named
   */
  public Result validate(Map<String, Object> raw, String currentUser) {
    List<Problem> problems = new ArrayList<>();
    Set<String> unknown = new TreeSet<>(raw.keySet());
    FIELDS.forEach(unknown::remove);
    for (String field : unknown) {
      problems.add(new Problem(field, "is not a field of the intake"));
    }
    Fields f = new Fields(raw, problems);
    String title = f.text("title", MAX_TEXT);
    String vendor = f.text("vendor", MAX_TEXT);
    String product = f.text("product", MAX_TEXT);
    String useCase = f.text("useCase", MAX_USE_CASE);
    String requester = f.optionalText("requester", 100);
    if (requester == null) {
      requester = currentUser;
      if (requester == null) {
        problems.add(new Problem("requester", "is required when no user is signed in"));
      }
    } else if (!USER_ID.matcher(requester).matches() || !userExists.test(requester)) {
      problems.add(new Problem("requester", "'" + requester + "' is not a known user id"));
    }
    String businessOwner = f.text("businessOwner", MAX_TEXT);
    String technicalOwner = f.text("technicalOwner", MAX_TEXT);
    List<Surface> surfaces = f.enumList("surfaces", Surface.class);
    Boolean customerFacing = f.bool("customerFacing");
    Boolean regulatedData = f.bool("regulatedData");
    List<DataCategory> dataCategories = f.enumList("dataCategories", DataCategory.class);
    Boolean automatedDecisions = f.bool("automatedDecisions");
    EuAiActArea area = f.enumValue("euAiActHighRiskArea", EuAiActArea.class);
    DeploymentStage stage = f.enumValue("deploymentStage", DeploymentStage.class);
    List<Region> regions = f.enumList("allowedRegions", Region.class);
    Integer expectedUsers = f.count("expectedUsers", MAX_USERS);
    Long existingContractId = null;
    String reference = f.optionalText(EXISTING_CONTRACT, MAX_CONTRACT_REFERENCE);
    if (reference != null) {
      ExistingContracts.Lookup lookup = existingContracts.resolve(reference);
      if (lookup.problem() != null) {
        problems.add(new Problem(EXISTING_CONTRACT, lookup.problem()));
      } else {
        existingContractId = lookup.contractId();
      }
    }
    if (!problems.isEmpty()) {
      return new Result(null, List.copyOf(problems));
    }
    IntakeForm form = new IntakeForm(title, vendor, product, useCase, requester, businessOwner, technicalOwner,
        surfaces, customerFacing, regulatedData, dataCategories, automatedDecisions, area, stage, regions, expectedUsers,
        existingContractId);
    return new Result(form, List.of());
  }

  /** Reads typed fields, recording a problem per bad field. */
  static final class Fields {
    private final Map<String, Object> raw;
    private final List<Problem> problems;

    Fields(Map<String, Object> raw, List<Problem> problems) {
      this.raw = raw;
      this.problems = problems;
    }

    String text(String field, int max) {
      Object value = raw.get(field);
      if (value == null || (value instanceof String s && s.isBlank())) {
        problems.add(new Problem(field, "is required"));
        return null;
      }
      if (!(value instanceof String s)) {
        problems.add(new Problem(field, "must be text, got " + typeName(value)));
        return null;
      }
      String trimmed = s.trim();
      if (trimmed.length() > max) {
        problems.add(new Problem(field, "must be at most " + max + " characters"));
        return null;
      }
      // the HTTP paths refuse these already; this holds for the Java API too
      int forbidden = org.llmprocurement.security.TextRules.firstForbidden(trimmed);
      if (forbidden >= 0) {
        problems.add(new Problem(field, String.format("contains the character U+%04X (a control, bidirectional or"
            + " invisible character), which is not accepted in text", forbidden)));
        return null;
      }
      return trimmed;
    }

    String optionalText(String field, int max) {
      Object value = raw.get(field);
      if (value == null || (value instanceof String s && s.isBlank())) {
        return null;
      }
      return text(field, max);
    }

    Boolean bool(String field) {
      Object value = raw.get(field);
      if (value == null) {
        problems.add(new Problem(field, "is required (true or false)"));
        return null;
      }
      if (!(value instanceof Boolean b)) {
        problems.add(new Problem(field, "must be true or false, got " + typeName(value)));
        return null;
      }
      return b;
    }

    Integer count(String field, int max) {
      Object value = raw.get(field);
      if (value == null || (value instanceof String s && s.isBlank())) {
        problems.add(new Problem(field, "is required"));
        return null;
      }
      if (!(value instanceof Number n)) {
        problems.add(new Problem(field, "must be a whole number, got " + typeName(value)));
        return null;
      }
      double d = n.doubleValue();
      if (d != Math.rint(d) || Double.isInfinite(d)) {
        problems.add(new Problem(field, "must be a whole number"));
        return null;
      }
      if (d < 0) {
        problems.add(new Problem(field, "must not be negative"));
        return null;
      }
      if (d > max) {
        problems.add(new Problem(field, "must be at most " + max));
        return null;
      }
      return (int) d;
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) {
      Object value = raw.get(field);
      if (value == null || (value instanceof String s && s.isBlank())) {
        problems.add(new Problem(field, "is required; one of " + names(type)));
        return null;
      }
      if (!(value instanceof String s)) {
        problems.add(new Problem(field, "must be one of " + names(type) + ", got " + typeName(value)));
        return null;
      }
      try {
        return Enum.valueOf(type, s.trim());
      } catch (IllegalArgumentException e) {
        problems.add(new Problem(field, "unknown value '" + s + "'; one of " + names(type)));
        return null;
      }
    }

    <E extends Enum<E>> List<E> enumList(String field, Class<E> type) {
      Object value = raw.get(field);
      if (value == null) {
        problems.add(new Problem(field, "is required; choose at least one of " + names(type)));
        return null;
      }
      if (!(value instanceof Collection<?> items)) {
        problems.add(new Problem(field, "must be a list of " + names(type) + ", got " + typeName(value)));
        return null;
      }
      if (items.isEmpty()) {
        problems.add(new Problem(field, "choose at least one of " + names(type)));
        return null;
      }
      Set<E> result = new LinkedHashSet<>();
      List<String> bad = new ArrayList<>();
      for (Object item : items) {
        try {
          result.add(Enum.valueOf(type, String.valueOf(item).trim()));
        } catch (IllegalArgumentException e) {
          bad.add(String.valueOf(item));
        }
      }
      if (!bad.isEmpty()) {
        problems.add(new Problem(field, "unknown value(s) " + bad + "; allowed " + names(type)));
        return null;
      }
      return List.copyOf(result);
    }

    private static String typeName(Object value) {
      if (value instanceof Number) {
        return "a number";
      }
      if (value instanceof Boolean) {
        return "true/false";
      }
      if (value instanceof Collection<?>) {
        return "a list";
      }
      if (value instanceof Map<?, ?>) {
        return "an object";
      }
      return "text";
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
      return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
  }
}
