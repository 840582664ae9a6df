package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.contracts.Obligation;
import org.llmprocurement.domain.DataCategory;

/** The deletion request's rules without the engine: period, schedule, request fields, coverage. */
class DeletionRulesTest {

  private static final BusinessCalendar GERMANY = new BusinessCalendar("de");

  private static Obligation obligation(String code, String figure) {
    return new Obligation(code, "Delete our data on request within", "RET-DEL-01", "Deletion on request", code, figure, "DAYS");
  }

  @Test
  void theContractsOwnObligationWinsAndTheStrictestFigureCounts() {
    DeletionRules.Period period = DeletionRules.period(List.of(obligation("breachNoticeSuspectedHours", "24"),
        obligation("deletionOnRequestDays", "45"), obligation("deletionOnRequestDays", "30")), () -> 60);

    assertThat(period).isEqualTo(new DeletionRules.Period(30, DeletionRules.Source.OBLIGATION));
  }

  @Test
  void withoutAnUsableObligationTheCurrentThresholdsCount() {
    assertThat(DeletionRules.period(List.of(), () -> 14)).isEqualTo(new DeletionRules.Period(14, DeletionRules.Source.THRESHOLD));
    assertThat(DeletionRules.period(List.of(obligation("deletionOnRequestDays", "soon"), obligation("deletionOnRequestDays", "0")),
        () -> 60)).as("unreadable or zero figures are no deadline").isEqualTo(new DeletionRules.Period(60, DeletionRules.Source.THRESHOLD));
  }

  @Test
  void theDeadlineIsCalendarDaysTheReminderBusinessDaysBeforeIt() {
    // 2026-12-01 + 30 days = Thursday 2026-12-31; 5 business days back skip the weekend and
    // Christmas (25 and 26 December are public holidays in Germany): 30, 29, 28, 24, 23 December
    DeletionRules.Schedule schedule = DeletionRules.schedule(LocalDate.of(2026, 12, 1),
        new DeletionRules.Period(30, DeletionRules.Source.OBLIGATION), 5, GERMANY);

    assertThat(schedule.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(schedule.reminder()).isEqualTo(LocalDate.of(2026, 12, 23));
    assertThat(schedule.reminderAt().toInstant()).isEqualTo(LocalDate.of(2026, 12, 23).atStartOfDay(ZoneOffset.UTC).toInstant());
    assertThat(schedule.dueAt().toInstant()).as("the vendor has the whole deadline day")
        .isEqualTo(LocalDate.of(2027, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  @Test
  void theDocumentedExampleHolds() {
    // docs: HIGH without its own obligation, request Tuesday 2026-12-01, 30 days, reminder 3 business days before
    DeletionRules.Schedule schedule = DeletionRules.schedule(LocalDate.of(2026, 12, 1),
        new DeletionRules.Period(30, DeletionRules.Source.THRESHOLD), 3, GERMANY);

    assertThat(schedule.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(schedule.reminder()).isEqualTo(LocalDate.of(2026, 12, 28));
  }

  @Test
  void aShortPeriodRemindsTheDayAfterTheRequestAndNeverAfterTheDeadline() {
    DeletionRules.Schedule threeDays = DeletionRules.schedule(LocalDate.of(2028, 2, 28),
        new DeletionRules.Period(3, DeletionRules.Source.OBLIGATION), 5, GERMANY);
    assertThat(threeDays.deadline()).as("leap year").isEqualTo(LocalDate.of(2028, 3, 2));
    assertThat(threeDays.reminder()).isEqualTo(LocalDate.of(2028, 2, 29));

    DeletionRules.Schedule oneDay = DeletionRules.schedule(LocalDate.of(2026, 12, 1),
        new DeletionRules.Period(1, DeletionRules.Source.THRESHOLD), 2, GERMANY);
    assertThat(oneDay.reminder()).isEqualTo(oneDay.deadline()).isEqualTo(LocalDate.of(2026, 12, 2));
  }

  @Test
  void aValidRequestIsRead() {
    Map<String, Object> values = request();

    DeletionRules.ReadResult read = DeletionRules.readRequest(values);

    assertThat(read.problems()).isEmpty();
    assertThat(read.input()).isEqualTo(new DeletionRules.RequestInput(7, "Support tickets 2025",
        "Exported tickets used for fine-tuning, held in the vendor's EU tenant", List.of(DataCategory.PERSONAL,
            DataCategory.CONFIDENTIAL_BUSINESS)));
  }

  @Test
  void everyProblemOfARequestNamesItsField() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("contractId", "seven");
    values.put("dataSetName", " ");
    values.put("dataSetDescription", "short");
    values.put("dataCategories", List.of("PERSONAL", "GOSSIP"));
    values.put("deadline", "2027-01-01");

    DeletionRules.ReadResult read = DeletionRules.readRequest(values);

    assertThat(read.input()).isNull();
    assertThat(read.problems()).hasSize(5).anySatisfy(p -> assertThat(p).startsWith("deadline: is not a field"))
        .anySatisfy(p -> assertThat(p).startsWith("contractId: must be a whole number"))
        .anySatisfy(p -> assertThat(p).isEqualTo("dataSetName: required"))
        .anySatisfy(p -> assertThat(p).startsWith("dataSetDescription: at least 10 characters"))
        .anySatisfy(p -> assertThat(p).startsWith("dataCategories: 'GOSSIP' is not one of"));
    assertThat(DeletionRules.readRequest(Map.of("contractId", 3, "dataSetName", "x", "dataSetDescription", "long enough text"))
        .problems()).containsExactly("dataCategories: name at least one of PERSONAL, SPECIAL_CATEGORY, HEALTH, FINANCIAL, "
            + "SOURCE_CODE, CONFIDENTIAL_BUSINESS, PUBLIC");
  }

  @Test
  void theConfirmationMustCoverContentBackupsAndDerivedArtefactsEachNamed() {
    assertThat(DeletionRules.coverageProblems(Map.of("coversContent", true, "coversBackups", false))).containsExactly(
        "coversBackups: confirm that the vendor's confirmation covers the backups",
        "coversDerivedArtefacts: confirm that the vendor's confirmation covers derived artefacts (embeddings, caches)");
    assertThat(DeletionRules.coverageProblems(Map.of())).hasSize(3);
    assertThat(DeletionRules.coverageProblems(Map.of("coversContent", true, "coversBackups", true,
        "coversDerivedArtefacts", true, "confirmationNote", "Certificate of deletion, signed by the vendor's DPO"))).isEmpty();
  }

  static Map<String, Object> request() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("contractId", 7);
    values.put("dataSetName", " Support tickets 2025 ");
    values.put("dataSetDescription", "Exported tickets used for fine-tuning, held in the vendor's EU tenant");
    values.put("dataCategories", List.of("PERSONAL", "confidential_business", "PERSONAL"));
    return values;
  }
}
