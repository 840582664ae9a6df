package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.llmprocurement.calendar.BusinessCalendar;

/** The renewal rules without the engine: default term, escalation day, assessments and decisions. */
class RenewalRulesTest {

  private final BusinessCalendar calendar = new BusinessCalendar("de");

  @Test
  void aRenewedTermHasTheSameLengthAgain() {
    assertThat(RenewalRules.defaultNewTermEnd(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
        .isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(RenewalRules.defaultNewTermEnd(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28)))
        .as("a year from 1 March renews to the day before the next 1 March: 29 February in a leap year")
        .isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(RenewalRules.defaultNewTermEnd(LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29)))
        .as("a term ending on a leap day renews to the last day of the next February").isEqualTo(LocalDate.of(2029, 2, 28));
    assertThat(RenewalRules.defaultNewTermEnd(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 7, 31)))
        .as("six months").isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(RenewalRules.defaultNewTermEnd(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 9, 30)))
        .as("six months from a month end renew to the month end six months on, not to 1 April").isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(RenewalRules.defaultNewTermEnd(LocalDate.of(2025, 8, 31), LocalDate.of(2026, 2, 28)))
        .as("a month-end term through February renews to the end of August").isEqualTo(LocalDate.of(2026, 8, 31));
    assertThat(RenewalRules.defaultNewTermEnd(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 31)))
        .as("one month").isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(RenewalRules.defaultNewTermEnd(LocalDate.of(2026, 1, 15), LocalDate.of(2027, 1, 14)))
        .as("mid-month terms keep their day").isEqualTo(LocalDate.of(2028, 1, 14));
    assertThat(RenewalRules.defaultNewTermEnd(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 9, 30)))
        .as("a mid-month start ending at a month end keeps its exact length (6 months 16 days)")
        .isEqualTo(LocalDate.of(2026, 4, 16));
  }

  @Test
  void escalationIsFiveBusinessDaysBeforeTheDeadlineNeverAfterItAndAtOnceWhenPast() {
    LocalDate today = LocalDate.of(2026, 11, 2);
    // Friday 2027-01-08: five business days before skips the weekend and 6 January is no holiday in "de" nationwide
    LocalDate deadline = LocalDate.of(2027, 1, 8);
    LocalDate day = RenewalRules.escalationDay(deadline, d -> calendar.minusBusinessDays(d, 5), today);
    assertThat(day).isEqualTo(calendar.minusBusinessDays(deadline, 5)).isBefore(deadline);
    assertThat(calendar.isBusinessDay(day)).isTrue();
    // over Christmas: Friday 25 December is a public holiday, 26 and 27 a weekend
    assertThat(RenewalRules.escalationDay(LocalDate.of(2026, 12, 29), d -> calendar.minusBusinessDays(d, 5), today))
        .isEqualTo(LocalDate.of(2026, 12, 21));
    assertThat(RenewalRules.escalationDay(deadline, d -> d.plusDays(3), today)).as("never after the deadline").isEqualTo(deadline);
    assertThat(RenewalRules.escalationDay(LocalDate.of(2026, 11, 4), d -> calendar.minusBusinessDays(d, 5), today))
        .as("already past: today").isEqualTo(today);
  }

  @Test
  void anAssessmentNeedsAChoiceAndACommentUnlessRenewing() {
    List<String> problems = new ArrayList<>();
    assertThat(RenewalRules.advice("renew", null, problems)).isEqualTo(new RenewalRules.Advice("RENEW", null));
    assertThat(problems).isEmpty();
    RenewalRules.advice("EXIT", " ", problems);
    RenewalRules.advice(null, "x".repeat(4001), problems);
    assertThat(problems).containsExactly("comment: say why you advise EXIT", "advice: choose one of RENEW, RENEGOTIATE, EXIT",
        "comment: at most 4000 characters (got 4001)");
  }

  @Test
  void aDecisionNamesEveryProblem() {
    LocalDate termEnd = LocalDate.of(2027, 6, 30);
    List<String> problems = new ArrayList<>();
    RenewalRules.Decision renew = RenewalRules.decision("RENEW", "2028-06-30", "", "The vendor performed well",
        termEnd, Set.of(), Set.of(), problems);
    assertThat(problems).isEmpty();
    assertThat(renew).isEqualTo(new RenewalRules.Decision("RENEW", LocalDate.of(2028, 6, 30), List.of(), "The vendor performed well"));

    RenewalRules.Decision renegotiate = RenewalRules.decision("RENEGOTIATE", "2028-06-30", "SLA-AVAIL-01, SEC-02;SLA-AVAIL-01",
        "Availability must be measured per region", termEnd, Set.of("SLA-AVAIL-01", "SEC-02"), Set.of(), problems);
    assertThat(problems).isEmpty();
    assertThat(renegotiate.requirementIds()).containsExactly("SLA-AVAIL-01", "SEC-02");

    RenewalRules.Decision added = RenewalRules.decision("RENEGOTIATE", "2028-06-30", "AI-NEW-01 LOG-RET-01", "The new "
        + "transparency requirement and log retention", termEnd, Set.of("LOG-RET-01"), Set.of("AI-NEW-01"), problems);
    assertThat(problems).as("a requirement new since signature is renegotiated against the current catalogue").isEmpty();
    assertThat(added.requirementIds()).containsExactly("AI-NEW-01", "LOG-RET-01");

    RenewalRules.Decision exit = RenewalRules.decision("EXIT", "2028-06-30", "", "We leave the vendor", termEnd, Set.of(), Set.of(),
        problems);
    assertThat(problems).isEmpty();
    assertThat(exit.newTermEnd()).as("an exit carries no term").isNull();

    RenewalRules.decision("RENEW", "2027-06-30", "X-1", "short", termEnd, Set.of(), Set.of(), problems);
    RenewalRules.decision("RENEGOTIATE", "someday", "AI-NEW-01, NOPE", "Two items to renegotiate", termEnd, Set.of(),
        Set.of("AI-NEW-01"), problems);
    RenewalRules.decision("RENEGOTIATE", null, " ", "Nothing listed at all", termEnd, Set.of(), Set.of(), problems);
    RenewalRules.decision("LATER", null, null, null, termEnd, Set.of(), Set.of(), problems);
    assertThat(problems).containsExactly(
        "reason: say why (at least 10 characters)",
        "newTermEnd: must be after the current term end 2027-06-30 (got 2027-06-30)",
        "requirementIds: only a renegotiation lists requirements",
        "newTermEnd: 'someday' is not a date (YYYY-MM-DD)",
        "requirementIds: NOPE is not a requirement of this contract nor one the current catalogue adds at its tier",
        "newTermEnd: required to renegotiate",
        "requirementIds: list the requirements to renegotiate",
        "decision: 'LATER' is not one of RENEW, RENEGOTIATE, EXIT",
        "reason: say why (at least 10 characters)");
  }

  @Test
  void theReasonFitsTheRegisterWholeInsteadOfBeingCutSilently() {
    LocalDate termEnd = LocalDate.of(2027, 6, 30);
    List<String> problems = new ArrayList<>();
    String longest = "r".repeat(RenewalRules.MAX_REASON);
    RenewalRules.decision("RENEW", "2028-06-30", "", longest, termEnd, Set.of(), Set.of(), problems);
    assertThat(problems).isEmpty();
    RenewalRules.decision("RENEW", "2028-06-30", "", longest + "r", termEnd, Set.of(), Set.of(), problems);
    assertThat(problems).containsExactly("reason: at most 1900 characters, the register keeps it with the renewal (got 1901)");

    String ids = String.join(",", java.util.Collections.nCopies(300, "SLA-AVAIL-01"));
    String kept = RenewalRules.renegotiatedReason(ids, longest);
    assertThat(kept).as("too many ids: their count, and the reason whole")
        .isEqualTo("Renewed after renegotiating 300 listed requirements: " + longest)
        .hasSizeLessThanOrEqualTo(org.llmprocurement.contracts.ContractRegister.MAX_REASON);
    assertThat(RenewalRules.renegotiatedReason("SLA-AVAIL-01,SEC-02", "The vendor agreed to better terms"))
        .isEqualTo("Renewed after renegotiating SLA-AVAIL-01,SEC-02: The vendor agreed to better terms");
  }
}
