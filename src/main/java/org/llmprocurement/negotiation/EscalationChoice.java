package org.llmprocurement.negotiation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.llmprocurement.domain.DeploymentStage;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;
import org.llmprocurement.security.TextRules;

/**
 * A manager's decision on an escalated negotiation, checked without the engine or the database.
 *
 * @param choice what the manager decided
 * @param comment the reason (required to walk away)
 * @param narrowing the narrowed scope (NARROW_SCOPE only)
 * @param risk the acceptance of the remaining gaps (ACCEPT_RISK only)
 */
public record EscalationChoice(Choice choice, String comment, Narrowing narrowing, RiskAcceptance risk) {

  /** Field names of the escalation form and its guard. */
  public static final List<String> FIELDS = List.of("decision", "comment", "expectedUsers", "regions", "surfaces",
      "pilotOnly", "riskJustification", "riskOwner", "riskExpiresOn");

  public static final int MAX_TEXT = 4000;
  public static final int MAX_OWNER = 200;

  /** What a manager can decide. */
  public enum Choice { ONE_MORE_ROUND, NARROW_SCOPE, ACCEPT_RISK, WALK_AWAY }

  /** The scope as it stands, or as a manager narrowed it. */
  public record Scope(int expectedUsers, Set<Region> regions, Set<Surface> surfaces, DeploymentStage stage) {}

  /** The narrowed scope and what changed, in words. */
  public record Narrowing(Scope scope, List<String> changes) {
    public boolean pilotOnly() {
      return scope.stage() == DeploymentStage.PILOT;
    }
  }

  /** Who carries the remaining gaps as risk, why and until when. */
  public record RiskAcceptance(String justification, String owner, LocalDate expiresOn) {}

  /**
   * Checks a decision; every problem names its field or item.
   *
   * @param current the procurement's scope now
   * @param openGaps requirement ids still counting as gaps
   * @param noGoGaps those of them that are no-go at the tier
   * @param today engine date
   * @return the choice, or null when there are problems
   */
  public static EscalationChoice parse(Map<String, ?> raw, Scope current, Collection<String> openGaps,
      Collection<String> noGoGaps, LocalDate today, List<String> problems) {
    int before = problems.size();
    String decision = VendorAnswer.text(raw.get("decision"));
    Choice choice = null;
    if (decision == null) {
      problems.add("decision: choose ONE_MORE_ROUND, NARROW_SCOPE, ACCEPT_RISK or WALK_AWAY");
    } else {
      try {
        choice = Choice.valueOf(decision.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add("decision: '" + decision + "' is not one of ONE_MORE_ROUND, NARROW_SCOPE, ACCEPT_RISK, WALK_AWAY");
      }
    }
    String comment = text("comment", raw.get("comment"), MAX_TEXT, problems);
    Narrowing narrowing = null;
    RiskAcceptance risk = null;
    if (choice == Choice.WALK_AWAY && comment == null) {
      problems.add("comment: say why we walk away");
    }
    if (choice == Choice.NARROW_SCOPE) {
      narrowing = narrowing(raw, current, problems);
    }
    if (choice == Choice.ACCEPT_RISK) {
      List<String> noGo = openGaps.stream().filter(noGoGaps::contains).sorted().toList();
      noGo.forEach(id -> problems.add(id + ": is a no-go gap and can never be accepted as risk"));
      if (openGaps.isEmpty()) {
        problems.add("decision: no gap is left to accept as risk");
      }
      String justification = text("riskJustification", raw.get("riskJustification"), MAX_TEXT, problems);
      String owner = text("riskOwner", raw.get("riskOwner"), MAX_OWNER, problems);
      LocalDate expires = date(raw.get("riskExpiresOn"), problems);
      if (justification == null) {
        problems.add("riskJustification: say why the business accepts the remaining gaps");
      }
      if (owner == null) {
        problems.add("riskOwner: name who carries the risk");
      }
      if (expires == null && !problems.stream().anyMatch(p -> p.startsWith("riskExpiresOn"))) {
        problems.add("riskExpiresOn: give the last day the acceptance holds");
      } else if (expires != null && !expires.isAfter(today)) {
        problems.add("riskExpiresOn: " + expires + " is not in the future");
      }
      risk = new RiskAcceptance(justification, owner, expires);
    }
    return problems.size() == before ? new EscalationChoice(choice, comment, narrowing, risk) : null;
  }

  private static Narrowing narrowing(Map<String, ?> raw, Scope current, List<String> problems) {
    List<String> changes = new ArrayList<>();
    int users = current.expectedUsers();
    Object u = raw.get("expectedUsers");
    if (u != null && !u.toString().isBlank()) {
      try {
        double value = u instanceof Number n ? n.doubleValue() : Double.parseDouble(u.toString().trim());
        if (value != Math.rint(value) || value < 1) {
          problems.add("expectedUsers: '" + u + "' is not a positive whole number");
        } else if (value > current.expectedUsers()) {
          problems.add("expectedUsers: " + (long) value + " is more than today's " + current.expectedUsers() + "; narrowing never widens");
        } else if ((int) value < current.expectedUsers()) {
          users = (int) value;
          changes.add("users " + current.expectedUsers() + " \u2192 " + users);
        }
      } catch (NumberFormatException e) {
        problems.add("expectedUsers: '" + u + "' is not a number");
      }
    }
    Set<Region> regions = subset("regions", raw.get("regions"), Region.class, current.regions(), problems);
    Set<Surface> surfaces = subset("surfaces", raw.get("surfaces"), Surface.class, current.surfaces(), problems);
    if (regions.size() < current.regions().size()) {
      changes.add("regions " + current.regions() + " \u2192 " + regions);
    }
    if (surfaces.size() < current.surfaces().size()) {
      changes.add("surfaces " + current.surfaces() + " \u2192 " + surfaces);
    }
    Object pilot = raw.get("pilotOnly");
    boolean pilotOnly = Boolean.TRUE.equals(pilot) || "true".equalsIgnoreCase(String.valueOf(pilot));
    DeploymentStage stage = current.stage();
    if (pilotOnly && stage != DeploymentStage.PILOT) {
      stage = DeploymentStage.PILOT;
      changes.add("pilot only");
    }
    if (changes.isEmpty() && problems.stream().noneMatch(p -> p.startsWith("expectedUsers") || p.startsWith("regions")
        || p.startsWith("surfaces"))) {
      problems.add("decision: NARROW_SCOPE needs fewer users, fewer regions, fewer surfaces or pilot only");
    }
    return new Narrowing(new Scope(users, regions, surfaces, stage), changes);
  }

  private static <E extends Enum<E>> Set<E> subset(String field, Object value, Class<E> type, Set<E> current,
      List<String> problems) {
    if (value == null || (value instanceof Collection<?> c && c.isEmpty()) || value.toString().isBlank()) {
      return current.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(current);
    }
    Collection<?> values = value instanceof Collection<?> c ? c : List.of(value.toString().split(","));
    Set<E> result = EnumSet.noneOf(type);
    for (Object v : values) {
      String name = v == null ? "" : v.toString().trim().toUpperCase(Locale.ROOT);
      try {
        E e = Enum.valueOf(type, name);
        if (!current.contains(e)) {
          problems.add(field + ": " + name + " is not in today's scope " + current + "; narrowing never widens");
        }
        result.add(e);
      } catch (IllegalArgumentException ex) {
        problems.add(field + ": '" + v + "' is not known");
      }
    }
    return result;
  }

  private static String text(String field, Object value, int max, List<String> problems) {
    String text = VendorAnswer.text(value);
    if (text != null && text.length() > max) {
      problems.add(field + ": must be at most " + max + " characters (got " + text.length() + ")");
    }
    TextRules.check(field, text, problems);
    return text;
  }

  private static LocalDate date(Object value, List<String> problems) {
    String text = VendorAnswer.text(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      problems.add("riskExpiresOn: '" + text + "' is not a date (YYYY-MM-DD)");
      return null;
    }
  }
}
