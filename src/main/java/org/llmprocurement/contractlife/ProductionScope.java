package org.llmprocurement.contractlife;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;
import org.llmprocurement.security.TextRules;

/**
 * Reads procurement's answer at "Confirm production scope" from plain values (form or JSON) and
 * names every problem by its field; engine-free. PROMOTE needs at least one surface and region and
 * a positive number of users (at most {@value PilotPromotions#MAX_USERS}); END needs a reason of at
 * least {@value PilotPromotions#MIN_COMMENT} characters. Comments are at most
 * {@value PilotPromotions#MAX_COMMENT} characters.
 */
public final class ProductionScope {

  /** The fields the task's form submits. */
  public static final List<String> FIELDS = List.of("decision", "surfaces", "regions", "expectedUsers", "comment");

  private ProductionScope() {}

  /** The decision, or {@code null} with the problems added. */
  public static PilotPromotions.ScopeDecision read(Map<String, ?> raw, List<String> problems) {
    int before = problems.size();
    PilotPromotion.Decision decision = null;
    Object d = raw.get("decision");
    if (d == null || d.toString().isBlank()) {
      problems.add("decision: required, PROMOTE or END");
    } else {
      try {
        decision = PilotPromotion.Decision.valueOf(d.toString().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("decision: '" + d + "' is not PROMOTE or END");
      }
    }
    String comment = raw.get("comment") == null ? null : raw.get("comment").toString().strip();
    if (comment != null && comment.isEmpty()) {
      comment = null;
    }
    if (comment != null && comment.length() > PilotPromotions.MAX_COMMENT) {
      problems.add("comment: at most " + PilotPromotions.MAX_COMMENT + " characters (got " + comment.length() + ")");
    } else if (comment != null) {
      TextRules.check("comment", comment, problems);
    }
    List<Surface> surfaces = List.of();
    List<Region> regions = List.of();
    Integer users = null;
    if (decision == PilotPromotion.Decision.PROMOTE) {
      surfaces = enums("surfaces", raw.get("surfaces"), Surface.class, problems);
      regions = enums("regions", raw.get("regions"), Region.class, problems);
      users = users(raw.get("expectedUsers"), problems);
    } else if (decision == PilotPromotion.Decision.END && (comment == null || comment.length() < PilotPromotions.MIN_COMMENT)) {
      problems.add("comment: say why the pilot ends without production (at least " + PilotPromotions.MIN_COMMENT
          + " characters)");
    }
    return problems.size() == before ? new PilotPromotions.ScopeDecision(decision, surfaces, regions, users, comment) : null;
  }

  private static Integer users(Object value, List<String> problems) {
    if (value == null || value.toString().isBlank()) {
      problems.add("expectedUsers: required, the users expected in production");
      return null;
    }
    try {
      double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().strip());
      if (number != Math.rint(number) || number < 1 || number > PilotPromotions.MAX_USERS) {
        problems.add("expectedUsers: a whole number from 1 to " + PilotPromotions.MAX_USERS + ", got '" + value + "'");
        return null;
      }
      return (int) number;
    } catch (NumberFormatException e) {
      problems.add("expectedUsers: '" + value + "' is not a number");
      return null;
    }
  }

  /** A list of constants: a list, or text (comma-separated, or a JSON array of names). */
  private static <E extends Enum<E>> List<E> enums(String field, Object value, Class<E> type, List<String> problems) {
    Collection<?> items;
    if (value == null) {
      items = List.of();
    } else if (value instanceof Collection<?> c) {
      items = c;
    } else {
      items = Arrays.stream(value.toString().replaceAll("[\\[\\]\"]", "").split(",")).map(String::strip)
          .filter(s -> !s.isEmpty()).toList();
    }
    Set<E> result = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (Object item : items) {
      String name = item == null ? "" : item.toString().strip().toUpperCase(Locale.ROOT);
      E parsed = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
      if (parsed == null) {
        unknown.add(String.valueOf(item));
      } else {
        result.add(parsed);
      }
    }
    String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    unknown.forEach(u -> problems.add(field + ": '" + u + "' is not one of " + allowed));
    if (items.isEmpty()) {
      problems.add(field + ": choose at least one of " + allowed);
    }
    return List.copyOf(result);
  }
}
