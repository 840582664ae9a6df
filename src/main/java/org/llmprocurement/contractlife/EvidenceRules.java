package org.llmprocurement.contractlife;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When audit evidence is fresh and when it must be asked for again; engine-free. One evidence type
 * (the catalogue's evidence description) is assessed at a time:
 *
 * <ul>
 *   <li>It is <b>valid until</b> the earlier of its recorded expiry and its issue date plus the
 *       catalogue's maximum age ({@code maxAgeMonths}, 0 = no limit).
 *   <li>State: {@code MISSING} (none recorded), {@code EXPIRED} (valid-until before today),
 *       {@code EXPIRING} (valid-until minus the type's lead days is today or earlier, from the
 *       {@code evidence-lead-times} decision), else {@code CURRENT}. The valid-until day itself is
 *       still valid.
 *   <li>Cadence: with {@code auditCadenceMonths} &gt; 0 (tier thresholds), a type is asked for again
 *       that many months after the later of the cadence start (the contract's effective date) and
 *       its last request (whatever made that request).
 *   <li>A request is made when the type has no open request and is missing, expired, expiring or
 *       its cadence is due. It is due on the valid-until day when expiring, else today plus the
 *       type's response days.
 *   <li>The next check is the earliest day any type without an open request turns expiring or
 *       falls due by cadence, at most {@link #MAX_WAIT_MONTHS} months ahead (so a changed decision
 *       or tier is picked up within a year even if nothing else happens).
 * </ul>
 */
public final class EvidenceRules {

  /** Longest wait between two checks, in months. */
  public static final int MAX_WAIT_MONTHS = 12;

  public static final String CURRENT = "CURRENT";
  public static final String EXPIRING = "EXPIRING";
  public static final String EXPIRED = "EXPIRED";
  public static final String MISSING = "MISSING";

  /** Why a request was made. */
  public enum Reason { MISSING, EXPIRED, EXPIRING, CADENCE }

  /**
   * One evidence type the contract must keep current.
   *
   * @param evidenceType the catalogue's evidence description
   * @param requirementIds the contract's MET requirements it proves
   * @param maxAgeMonths how old it may be (the smallest of those requirements'; 0 = no limit)
   * @param leadDays days before it stops being valid that a new one is asked for
   * @param responseDays days security has to provide a missing, expired or cadence request
   */
  public record Type(String evidenceType, List<String> requirementIds, int maxAgeMonths, int leadDays, int responseDays) {
    public Type {
      requirementIds = List.copyOf(requirementIds);
    }
  }

  /** The freshest evidence held for a type. */
  public record Held(LocalDate issuedOn, LocalDate expiresOn) {}

  /** The open request of a type. */
  public record Open(LocalDate dueOn, boolean overdue) {}

  /**
   * What is known about one type.
   *
   * @param held the evidence valid longest, or {@code null}
   * @param open its open request, or {@code null}
   * @param lastRequestedOn the day it was last requested, or {@code null}
   */
  public record Input(Type type, Held held, Open open, LocalDate lastRequestedOn) {}

  /**
   * The assessment of one type.
   *
   * @param validUntil last valid day of the evidence held, or {@code null} when missing
   * @param request why a request must be made now, or {@code null} for none
   * @param requestDueOn when that new request is due, or the open request's due date, or {@code null}
   * @param overdue whether the open request is overdue
   * @param nextCheck when this type must be looked at again, or {@code null} (request open or made now)
   */
  public record Assessment(Type type, String state, LocalDate issuedOn, LocalDate validUntil, Reason request,
      LocalDate requestDueOn, boolean overdue, LocalDate nextCheck) {}

  /** Every type's assessment and the day of the next check (after today). */
  public record Plan(List<Assessment> assessments, LocalDate nextCheck) {

    /** The assessments that need a request now. */
    public List<Assessment> requests() {
      return assessments.stream().filter(a -> a.request() != null).toList();
    }
  }

  private EvidenceRules() {}

  /** The last day evidence is valid: the earlier of its expiry and issue date plus the maximum age. */
  public static LocalDate validUntil(Held held, int maxAgeMonths) {
    if (held == null) {
      return null;
    }
    if (maxAgeMonths <= 0 || held.issuedOn() == null) {
      return held.expiresOn();
    }
    LocalDate byAge = held.issuedOn().plusMonths(maxAgeMonths);
    return byAge.isBefore(held.expiresOn()) ? byAge : held.expiresOn();
  }

  /**
   * Assesses one type.
   *
   * @param cadenceMonths the tier's audit cadence, 0 for none
   * @param cadenceStart when the cadence starts (the contract's effective date)
   */
  public static Assessment assess(Input input, int cadenceMonths, LocalDate cadenceStart, LocalDate today) {
    Type type = input.type();
    LocalDate validUntil = validUntil(input.held(), type.maxAgeMonths());
    LocalDate expiringFrom = validUntil == null ? null : validUntil.minusDays(type.leadDays());
    String state;
    if (validUntil == null) {
      state = MISSING;
    } else if (validUntil.isBefore(today)) {
      state = EXPIRED;
    } else if (!expiringFrom.isAfter(today)) {
      state = EXPIRING;
    } else {
      state = CURRENT;
    }
    LocalDate cadenceDue = null;
    if (cadenceMonths > 0) {
      LocalDate anchor = latest(cadenceStart, input.lastRequestedOn());
      cadenceDue = anchor == null ? today : anchor.plusMonths(cadenceMonths);
    }
    LocalDate issuedOn = input.held() == null ? null : input.held().issuedOn();
    if (input.open() != null) {
      return new Assessment(type, state, issuedOn, validUntil, null, input.open().dueOn(), input.open().overdue(), null);
    }
    Reason reason = switch (state) {
      case MISSING -> Reason.MISSING;
      case EXPIRED -> Reason.EXPIRED;
      case EXPIRING -> Reason.EXPIRING;
      default -> cadenceDue != null && !cadenceDue.isAfter(today) ? Reason.CADENCE : null;
    };
    if (reason != null) {
      LocalDate due = reason == Reason.EXPIRING ? validUntil : today.plusDays(type.responseDays());
      return new Assessment(type, state, issuedOn, validUntil, reason, due, false, null);
    }
    return new Assessment(type, state, issuedOn, validUntil, null, null, false, earliest(expiringFrom, cadenceDue));
  }

  /** Assesses every type and works out the next check. */
  public static Plan plan(List<Input> inputs, int cadenceMonths, LocalDate cadenceStart, LocalDate today) {
    List<Assessment> assessments = new ArrayList<>();
    LocalDate next = today.plusMonths(MAX_WAIT_MONTHS);
    for (Input input : inputs) {
      Assessment assessment = assess(input, cadenceMonths, cadenceStart, today);
      assessments.add(assessment);
      next = earliest(next, assessment.nextCheck());
    }
    return new Plan(List.copyOf(assessments), next);
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }
}
