package org.llmprocurement.contracts;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.llmprocurement.contracts.ContractParticulars.DataLocation;
import org.llmprocurement.contracts.ContractParticulars.PinnedModel;
import org.llmprocurement.contracts.ContractParticulars.Subprocessor;
import org.llmprocurement.contracts.ContractParticulars.VendorContact;
import org.llmprocurement.contracts.DoraCodes.AlternativeProviders;
import org.llmprocurement.contracts.DoraCodes.DataSensitivity;
import org.llmprocurement.contracts.DoraCodes.DataType;
import org.llmprocurement.contracts.DoraCodes.RelianceLevel;
import org.llmprocurement.contracts.DoraCodes.Substitutability;
import org.llmprocurement.domain.DataCategory;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;
import org.llmprocurement.security.TextRules;

/**
 * Reads contract particulars from plain values (a Tasklist form or a JSON body) and names every
 * problem by its field ({@code models[2].version: ...}); engine-free. Entirely blank rows of a
 * list are ignored, so an empty row Tasklist keeps is harmless.
 */
public final class ParticularsReader {

  public static final String VENDOR_ID = "vendorId";
  public static final String VENDOR_LEGAL_NAME = "vendorLegalName";
  public static final String VENDOR_LEI = "vendorLei";
  public static final String VENDOR_COUNTRY = "vendorCountry";
  public static final String VENDOR_NOTICE_ADDRESS = "vendorNoticeAddress";
  public static final String VENDOR_CONTACTS = "vendorContacts";
  /** The last day of a pilot: required exactly when the procurement's deployment stage is PILOT. */
  public static final String PILOT_END_DATE = "pilotEndDate";

  /** The vendor fields: they describe the shared vendor record, never amended through a contract. */
  public static final List<String> VENDOR_FIELDS = List.of(VENDOR_ID, VENDOR_LEGAL_NAME, VENDOR_LEI, VENDOR_COUNTRY,
      VENDOR_NOTICE_ADDRESS, VENDOR_CONTACTS);

  /** The fields of the contract itself, in form order; each may be amended. */
  public static final List<String> CONTRACT_FIELDS = List.of("contractReference", "product", "surfaces", "models",
      "dataLocations", "subprocessors", "effectiveDate", "termEnd", "autoRenewal", "nonRenewalNoticeDays",
      "providerTerminationNoticeDays", "governingLawCountry", "dataSensitivity", "relianceLevel", "substitutability",
      "exitPlanExists", "alternativeProvidersIdentified", "alternativeProviders", ParticularsReader.PILOT_END_DATE);

  /** Every field the form submits. */
  public static final List<String> FIELDS = concat(VENDOR_FIELDS, CONTRACT_FIELDS);

  public static final int MAX_NAME = 200;
  public static final int MAX_REFERENCE = 255;
  public static final int MAX_ADDRESS = 1000;
  public static final int MAX_SHORT = 100;
  public static final int MAX_DESCRIPTION = 500;
  public static final int MAX_ALTERNATIVES = 1000;
  public static final int MAX_MODELS = 50;
  public static final int MAX_SUBPROCESSORS = 100;
  public static final int MAX_CONTACTS = 20;
  public static final int MAX_NOTICE_DAYS = 3650;

  private static final Pattern LEI = Pattern.compile("[A-Z0-9]{18}[0-9]{2}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** A vendor record the reader may match. */
  public record KnownVendor(long id, String legalName, String lei) {}

  /** What the reader checks against: the procurement's reviewed scope and the stored vendors and contracts. */
  public interface Context {
    /** Surfaces reviewed for the procurement; the contract may cover no other. */
    List<Surface> reviewedSurfaces();

    /** Regions allowed at intake; data may be stored and processed nowhere else. */
    List<Region> allowedRegions();

    Optional<KnownVendor> vendorById(long id);

    Optional<KnownVendor> vendorByLei(String lei);

    /** By legal name, case-insensitive. */
    Optional<KnownVendor> vendorByName(String legalName);

    /** Whether another contract (not this procurement's) already uses the reference. */
    boolean referenceTaken(String reference);

    /** The longest non-renewal notice the tier allows (REN-NOTICE-01), if the thresholds name one. */
    OptionalInt maxNonRenewalNoticeDays();

    /**
     * Whether the contract is for a pilot (the procurement's deployment stage is PILOT): then it
     * needs a pilot end date, otherwise it may have none.
     */
    default boolean pilot() {
      return false;
    }
  }

  /** The particulars, or the problems that refuse them. */
  public record Result(ContractParticulars particulars, List<String> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean valid() {
      return problems.isEmpty();
    }
  }

  private ParticularsReader() {}

  /** Reads and validates every field; never writes anything. */
  public static Result read(Map<String, Object> raw, Context context) {
    List<String> problems = new ArrayList<>();
    Fields f = new Fields(raw, problems);
    Set<String> unknown = new java.util.TreeSet<>(raw.keySet());
    FIELDS.forEach(unknown::remove);
    unknown.forEach(name -> problems.add(name + ": is not a field of the contract particulars"));

    Long vendorId = f.id(VENDOR_ID);
    String legalName = f.text(VENDOR_LEGAL_NAME, MAX_NAME, false);
    String lei = f.text(VENDOR_LEI, 20, false);
    String country = f.country(VENDOR_COUNTRY, false);
    String noticeAddress = f.text(VENDOR_NOTICE_ADDRESS, MAX_ADDRESS, false);
    List<VendorContact> contacts = contacts(f);
    if (lei != null) {
      lei = lei.toUpperCase(Locale.ROOT);
      if (!validLei(lei)) {
        problems.add(VENDOR_LEI + ": '" + lei + "' is not an ISO 17442 LEI (20 letters and digits, valid check digits)");
      }
    }
    checkVendor(vendorId, legalName, lei, country, noticeAddress, contacts, context, problems);

    String reference = f.text("contractReference", MAX_REFERENCE, true);
    if (reference != null && context.referenceTaken(reference)) {
      problems.add("contractReference: '" + reference + "' is already the reference of another contract");
    }
    String product = f.text("product", MAX_NAME, true);
    List<Surface> surfaces = f.enums("surfaces", Surface.class, true);
    Set<Surface> notReviewed = surfaces.stream().filter(s -> !context.reviewedSurfaces().contains(s))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Surface.class)));
    if (!notReviewed.isEmpty()) {
      problems.add("surfaces: " + notReviewed + " were not reviewed for this procurement (reviewed: "
          + context.reviewedSurfaces() + ")");
    }
    List<PinnedModel> models = models(f);
    List<DataLocation> locations = dataLocations(f, context);
    List<Subprocessor> subprocessors = subprocessors(f);
    LocalDate effective = f.date("effectiveDate", true);
    LocalDate termEnd = f.date("termEnd", true);
    boolean autoRenewal = f.bool("autoRenewal");
    Integer nonRenewal = f.integer("nonRenewalNoticeDays", 0, MAX_NOTICE_DAYS);
    Integer providerNotice = f.integer("providerTerminationNoticeDays", 0, MAX_NOTICE_DAYS);
    if (effective != null && termEnd != null) {
      if (!termEnd.isAfter(effective)) {
        problems.add("termEnd: must be after the effective date " + effective);
      } else if (nonRenewal != null && termEnd.minusDays(nonRenewal).isBefore(effective)) {
        problems.add("nonRenewalNoticeDays: " + nonRenewal + " days before the term end falls before the effective date");
      }
    }
    OptionalInt max = context.maxNonRenewalNoticeDays();
    if (nonRenewal != null && max.isPresent() && nonRenewal > max.getAsInt()) {
      problems.add("nonRenewalNoticeDays: " + nonRenewal + " days is longer than the " + max.getAsInt()
          + " days the tier allows (REN-NOTICE-01)");
    }
    String governingLaw = f.country("governingLawCountry", true);
    DataSensitivity sensitivity = f.enumValue("dataSensitivity", DataSensitivity.class, true);
    RelianceLevel reliance = f.enumValue("relianceLevel", RelianceLevel.class, true);
    Substitutability substitutability = f.enumValue("substitutability", Substitutability.class, true);
    boolean exitPlan = f.bool("exitPlanExists");
    AlternativeProviders identified = f.enumValue("alternativeProvidersIdentified", AlternativeProviders.class, true);
    String alternatives = f.text("alternativeProviders", MAX_ALTERNATIVES, false);
    LocalDate pilotEnd = pilotEnd(f, context.pilot(), effective, termEnd);
    if (identified == AlternativeProviders.YES && alternatives == null) {
      problems.add("alternativeProviders: name the alternative providers identified");
    }
    if (!problems.isEmpty()) {
      return new Result(null, problems);
    }
    return new Result(new ContractParticulars(vendorId, legalName, lei, country, noticeAddress, contacts, reference,
        product, surfaces, models, locations, subprocessors, effective, termEnd, autoRenewal, nonRenewal, providerNotice,
        governingLaw, sensitivity, reliance, substitutability, exitPlan, identified, alternatives, pilotEnd), problems);
  }

  /** A pilot's last day: required for a pilot, from the effective date to the term end; none otherwise. */
  private static LocalDate pilotEnd(Fields f, boolean pilot, LocalDate effective, LocalDate termEnd) {
    LocalDate pilotEnd = f.date(PILOT_END_DATE, false);
    if (!pilot) {
      if (pilotEnd != null) {
        f.problem(PILOT_END_DATE, "only a contract for a pilot has a pilot end date; this procurement is for production");
      }
      return null;
    }
    if (pilotEnd == null && f.problemsAbout(PILOT_END_DATE) == 0) {
      f.problem(PILOT_END_DATE, "required for a pilot, a date (YYYY-MM-DD) from the effective date to the term end");
    } else if (pilotEnd != null && effective != null && pilotEnd.isBefore(effective)) {
      f.problem(PILOT_END_DATE, pilotEnd + " is before the effective date " + effective);
    } else if (pilotEnd != null && termEnd != null && pilotEnd.isAfter(termEnd)) {
      f.problem(PILOT_END_DATE, pilotEnd + " is after the term end " + termEnd);
    }
    return pilotEnd;
  }

  private static void checkVendor(Long vendorId, String legalName, String lei, String country, String noticeAddress,
      List<VendorContact> contacts, Context context, List<String> problems) {
    Optional<KnownVendor> byLei = lei == null ? Optional.empty() : context.vendorByLei(lei);
    if (vendorId != null) {
      Optional<KnownVendor> chosen = context.vendorById(vendorId);
      if (chosen.isEmpty()) {
        problems.add(VENDOR_ID + ": no vendor " + vendorId + " is registered");
        return;
      }
      KnownVendor vendor = chosen.get();
      if (legalName != null && !legalName.equalsIgnoreCase(vendor.legalName())) {
        problems.add(VENDOR_LEGAL_NAME + ": vendor " + vendorId + " is '" + vendor.legalName()
            + "'; leave the name blank or give that name");
      }
      if (lei != null && vendor.lei() != null && !lei.equals(vendor.lei())) {
        problems.add(VENDOR_LEI + ": vendor " + vendorId + " is recorded with LEI " + vendor.lei());
      }
      if (byLei.isPresent() && byLei.get().id() != vendorId) {
        problems.add(VENDOR_LEI + ": " + lei + " is the LEI of vendor " + byLei.get().id() + " '" + byLei.get().legalName() + "'");
      }
      return;
    }
    if (legalName == null) {
      problems.add(VENDOR_LEGAL_NAME + ": required (or choose a registered vendor by " + VENDOR_ID + ")");
    }
    if (country == null) {
      problems.add(VENDOR_COUNTRY + ": required, an ISO 3166-1 alpha-2 code such as IE or US");
    }
    if (noticeAddress == null) {
      problems.add(VENDOR_NOTICE_ADDRESS + ": required: where contractual notices to the vendor go");
    }
    if (contacts.isEmpty()) {
      problems.add(VENDOR_CONTACTS + ": name at least one contact with an e-mail address");
    }
    Optional<KnownVendor> byName = legalName == null ? Optional.empty() : context.vendorByName(legalName);
    if (byLei.isPresent() && byName.isPresent() && byLei.get().id() != byName.get().id()) {
      problems.add(VENDOR_LEI + ": " + lei + " is the LEI of vendor " + byLei.get().id() + " '" + byLei.get().legalName()
          + "', but the legal name is that of vendor " + byName.get().id());
    } else if (byLei.isEmpty() && lei != null && byName.isPresent() && byName.get().lei() != null) {
      problems.add(VENDOR_LEI + ": vendor '" + byName.get().legalName() + "' is recorded with LEI " + byName.get().lei());
    }
  }

  private static List<VendorContact> contacts(Fields f) {
    List<VendorContact> contacts = new ArrayList<>();
    List<Map<String, Object>> rows = f.rows(VENDOR_CONTACTS, MAX_CONTACTS);
    for (int i = 0; i < rows.size(); i++) {
      Fields row = f.row(VENDOR_CONTACTS, i, rows.get(i));
      if (row.blank()) {
        continue;
      }
      String name = row.text("name", MAX_NAME, true);
      String role = row.text("role", MAX_SHORT, false);
      String email = row.text("email", MAX_NAME, true);
      if (email != null && !EMAIL.matcher(email).matches()) {
        row.problem("email", "'" + email + "' is not an e-mail address");
      }
      contacts.add(new VendorContact(name, role, email));
    }
    return contacts;
  }

  private static List<PinnedModel> models(Fields f) {
    List<PinnedModel> models = new ArrayList<>();
    List<Map<String, Object>> rows = f.rows("models", MAX_MODELS);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Fields row = f.row("models", i, rows.get(i));
      if (row.blank()) {
        continue;
      }
      String name = row.text("name", MAX_SHORT, true);
      String version = row.text("version", MAX_SHORT, true);
      String family = row.text("baseModelFamily", MAX_SHORT, true);
      String fineTuning = row.text("fineTuning", MAX_DESCRIPTION, true);
      String thirdParty = row.text("thirdPartyFoundationModel", MAX_NAME, false);
      String safety = row.text("safetyLayers", MAX_DESCRIPTION, true);
      if (name != null && version != null && !seen.add(name.toLowerCase(Locale.ROOT) + "@" + version)) {
        row.problem("version", name + " " + version + " is listed twice");
      }
      models.add(new PinnedModel(name, version, family, fineTuning, thirdParty, safety));
    }
    if (models.isEmpty()) {
      f.problem("models", "pin at least one model by name and version");
    }
    return models;
  }

  private static List<DataLocation> dataLocations(Fields f, Context context) {
    List<DataLocation> locations = new ArrayList<>();
    List<Map<String, Object>> rows = f.rows("dataLocations", DataType.values().length * 2);
    Set<DataType> seen = EnumSet.noneOf(DataType.class);
    for (int i = 0; i < rows.size(); i++) {
      Fields row = f.row("dataLocations", i, rows.get(i));
      if (row.blank()) {
        continue;
      }
      DataType type = row.enumValue("dataType", DataType.class, true);
      if (type != null && !seen.add(type)) {
        row.problem("dataType", type + " is listed twice");
      }
      List<Region> storage = row.enums("storageRegions", Region.class, true);
      List<Region> processing = row.enums("processingRegions", Region.class, true);
      List<Region> support = row.enums("supportAccessRegions", Region.class, true);
      outsideAllowed(row, "storageRegions", storage, context);
      outsideAllowed(row, "processingRegions", processing, context);
      locations.add(new DataLocation(type, storage, processing, support));
    }
    Set<DataType> missing = EnumSet.allOf(DataType.class);
    missing.removeAll(seen);
    if (!missing.isEmpty()) {
      f.problem("dataLocations", "say where each type of data is kept; missing " + missing);
    }
    return locations;
  }

  private static void outsideAllowed(Fields row, String field, List<Region> regions, Context context) {
    List<Region> outside = regions.stream().filter(r -> !context.allowedRegions().contains(r)).toList();
    if (!outside.isEmpty()) {
      row.problem(field, outside + " are outside the regions allowed at intake " + context.allowedRegions());
    }
  }

  private static List<Subprocessor> subprocessors(Fields f) {
    List<Subprocessor> subprocessors = new ArrayList<>();
    List<Map<String, Object>> rows = f.rows("subprocessors", MAX_SUBPROCESSORS);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      Fields row = f.row("subprocessors", i, rows.get(i));
      if (row.blank()) {
        continue;
      }
      String name = row.text("name", MAX_NAME, true);
      String location = row.country("location", true);
      List<DataCategory> categories = row.enums("dataCategories", DataCategory.class, true);
      if (name != null && !seen.add(name.toLowerCase(Locale.ROOT))) {
        row.problem("name", "'" + name + "' is listed twice");
      }
      subprocessors.add(new Subprocessor(name, location, categories));
    }
    return subprocessors;
  }

  /** ISO 17442: 18 letters or digits, then two check digits; the whole, read as ISO 7064 MOD 97-10, leaves 1. */
  static boolean validLei(String lei) {
    if (lei == null || !LEI.matcher(lei).matches()) {
      return false;
    }
    StringBuilder digits = new StringBuilder();
    for (char c : lei.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** Typed reads of one map of plain values; problems are prefixed with the path to it. */
  static final class Fields {
    private final Map<String, Object> values;
    private final List<String> problems;
    private final String prefix;

    Fields(Map<String, Object> values, List<String> problems) {
      this(values, problems, "");
    }

    private Fields(Map<String, Object> values, List<String> problems, String prefix) {
      this.values = values;
      this.problems = problems;
      this.prefix = prefix;
    }

    void problem(String field, String message) {
      problems.add(prefix + field + ": " + message);
    }

    /** How many problems name the field so far. */
    long problemsAbout(String field) {
      return problems.stream().filter(p -> p.startsWith(prefix + field + ":")).count();
    }

    Fields row(String list, int index, Map<String, Object> row) {
      return new Fields(row, problems, prefix + list + "[" + (index + 1) + "].");
    }

    /** Whether every value is null, blank or an empty list. */
    boolean blank() {
      return values.values().stream().allMatch(v -> v == null || (v instanceof String s && s.isBlank())
          || (v instanceof List<?> l && l.isEmpty()));
    }

    String text(String field, int max, boolean required) {
      Object value = values.get(field);
      if (value != null && !(value instanceof String) && !(value instanceof Number)) {
        problem(field, "must be text");
        return null;
      }
      String text = value == null ? null : value.toString().strip();
      if (text == null || text.isEmpty()) {
        if (required) {
          problem(field, "required");
        }
        return null;
      }
      if (text.length() > max) {
        problem(field, "at most " + max + " characters (got " + text.length() + ")");
        return null;
      }
      int before = problems.size();
      TextRules.check(prefix + field, text, problems);
      return problems.size() == before ? text : null;
    }

    String country(String field, boolean required) {
      String text = text(field, 2, required);
      if (text == null) {
        return null;
      }
      String code = text.toUpperCase(Locale.ROOT);
      if (!COUNTRIES.contains(code)) {
        problem(field, "'" + text + "' is not an ISO 3166-1 alpha-2 country code");
        return null;
      }
      return code;
    }

    Long id(String field) {
      Object value = values.get(field);
      if (value == null || (value instanceof String s && s.isBlank())) {
        return null;
      }
      Long number = wholeNumber(value);
      if (number == null || number < 1) {
        problem(field, "must be the id of a registered vendor, got '" + value + "'");
        return null;
      }
      return number;
    }

    Integer integer(String field, int min, int max) {
      Object value = values.get(field);
      if (value == null || (value instanceof String s && s.isBlank())) {
        problem(field, "required, a whole number of days from " + min + " to " + max);
        return null;
      }
      Long number = wholeNumber(value);
      if (number == null || number < min || number > max) {
        problem(field, "a whole number of days from " + min + " to " + max + ", got '" + value + "'");
        return null;
      }
      return number.intValue();
    }

    private static Long wholeNumber(Object value) {
      try {
        if (value instanceof Number n) {
          double d = n.doubleValue();
          return d == Math.rint(d) && !Double.isInfinite(d) ? (long) d : null;
        }
        if (value instanceof String s) {
          return Long.parseLong(s.strip());
        }
      } catch (NumberFormatException e) {
        return null;
      }
      return null;
    }

    boolean bool(String field) {
      Object value = values.get(field);
      if (value == null || value instanceof Boolean) {
        return Boolean.TRUE.equals(value);
      }
      if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
        return Boolean.parseBoolean(s);
      }
      problem(field, "must be true or false");
      return false;
    }

    LocalDate date(String field, boolean required) {
      Object value = values.get(field);
      if (value == null || (value instanceof String s && s.isBlank())) {
        if (required) {
          problem(field, "required, a date (YYYY-MM-DD)");
        }
        return null;
      }
      try {
        return LocalDate.parse(value.toString().strip());
      } catch (DateTimeParseException e) {
        problem(field, "'" + value + "' is not a date (YYYY-MM-DD)");
        return null;
      }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
      Object value = values.get(field);
      if (value == null || (value instanceof String s && s.isBlank())) {
        if (required) {
          problem(field, "required, one of " + names(type));
        }
        return null;
      }
      E parsed = parse(type, value);
      if (parsed == null) {
        problem(field, "'" + value + "' is not one of " + names(type));
      }
      return parsed;
    }

    /** A list of constants: a JSON list or comma-separated text. */
    <E extends Enum<E>> List<E> enums(String field, Class<E> type, boolean required) {
      Object value = values.get(field);
      List<?> items;
      if (value == null) {
        items = List.of();
      } else if (value instanceof List<?> list) {
        items = list;
      } else if (value instanceof String s) {
        items = Arrays.stream(s.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
      } else {
        problem(field, "must be a list of " + names(type));
        return List.of();
      }
      Set<E> result = new LinkedHashSet<>();
      for (Object item : items) {
        E parsed = parse(type, item);
        if (parsed == null) {
          problem(field, "'" + item + "' is not one of " + names(type));
        } else {
          result.add(parsed);
        }
      }
      if (required && items.isEmpty()) {
        problem(field, "choose at least one of " + names(type));
      }
      return List.copyOf(result);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows(String field, int max) {
      Object value = values.get(field);
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof List<?> list) || list.stream().anyMatch(r -> !(r instanceof Map<?, ?>))) {
        problem(field, "must be a list of rows");
        return List.of();
      }
      if (list.size() > max) {
        problem(field, "at most " + max + " rows (got " + list.size() + ")");
        return List.of();
      }
      return (List<Map<String, Object>>) list;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, Object value) {
      if (!(value instanceof String s)) {
        return null;
      }
      String name = s.strip().toUpperCase(Locale.ROOT);
      return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static String names(Class<? extends Enum<?>> type) {
      return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
  }
}
