package org.llmprocurement.exit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.Obligation;

/** The exit's checklists and deadlines without the engine. */
class ExitRulesTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private static Obligation obligation(String code, String figure) {
    return new Obligation(code, "test", "EXIT-01", "Exit", code, figure, "DAYS");
  }

  @Test
  void theContractsOwnWindowWinsOverTheThresholdAndTheStrictestFigureCounts() {
    assertThat(ExitRules.period(ExitRules.EXPORT_WINDOW, List.of(obligation("exportWindowDays", "60"),
        obligation("exportWindowDays", "45"), obligation("exportWindowDays", "as agreed")), () -> 90))
        .isEqualTo(new ExitRules.Period(45, "OBLIGATION"));
    assertThat(ExitRules.period(ExitRules.EXPORT_WINDOW, List.of(obligation("deletionAfterTerminationDays", "30")), () -> 90))
        .isEqualTo(new ExitRules.Period(90, "THRESHOLD"));
    assertThat(ExitRules.period(ExitRules.DELETION_DAYS, List.of(), () -> 0)).as("at least a day").isEqualTo(new ExitRules.Period(1, "THRESHOLD"));
  }

  @Test
  void theReminderFallsBeforeTheDeadlineButNeverOnTheRequestDay() {
    assertThat(ExitRules.reminder(TODAY, TODAY.plusDays(30), 14)).isEqualTo(TODAY.plusDays(16));
    assertThat(ExitRules.reminder(TODAY, TODAY.plusDays(5), 14)).isEqualTo(TODAY.plusDays(1));
    assertThat(ExitRules.reminder(TODAY, TODAY, 14)).as("never after the deadline").isEqualTo(TODAY);
  }

  @Test
  void checksumsAreReadAsSha256sumPrintsThem() {
    List<String> problems = new ArrayList<>();
    String sum = "A".repeat(64);
    List<ExitRules.Checksum> sums = ExitRules.checksums(sum + "  data/a.jsonl\n\n" + "b".repeat(64) + " *logs/b.gz\n"
        + "c".repeat(63) + "  short.txt\n" + "d".repeat(64) + "  data/a.jsonl", problems);
    assertThat(sums).containsExactly(new ExitRules.Checksum("a".repeat(64), "data/a.jsonl"),
        new ExitRules.Checksum("b".repeat(64), "logs/b.gz"));
    assertThat(problems).containsExactly("checksums: line 4 is not '<64 hex digits>  <file name>'",
        "checksums: line 5 names data/a.jsonl a second time");
  }

  @Test
  void aVerifiedExportNeedsEveryRequestedItemReadableWithChecksums() {
    List<String> problems = new ArrayList<>();
    Map<String, Object> values = new HashMap<>(Map.of("outcome", "VERIFIED", "itemsReceived", List.of("DATA")));
    ExitRules.checkExportVerification(values, List.of(ExitRules.ExportItem.DATA, ExitRules.ExportItem.LOGS), problems);
    assertThat(problems).hasSize(3).anyMatch(p -> p.startsWith("itemsReceived: LOGS"))
        .anyMatch(p -> p.startsWith("readableInAgreedFormat")).anyMatch(p -> p.startsWith("checksums"));

    problems.clear();
    ExitRules.ExportVerification failed = ExitRules.checkExportVerification(Map.of("outcome", "FAILED",
        "failureReason", "Logs are truncated"), List.of(ExitRules.ExportItem.DATA), problems);
    assertThat(problems).isEmpty();
    assertThat(failed.verified()).isFalse();
  }

  @Test
  void aCompleteCertificateMustStateEveryScopeAndTheBackupExpiry() {
    List<String> problems = new ArrayList<>();
    ExitRules.checkCertificate(Map.of("outcome", "COMPLETE", "certificateCovers", List.of("CONTENT", "LOGS", "CACHES")),
        TODAY, problems);
    assertThat(problems).anyMatch(p -> p.startsWith("certificateDocumentId"))
        .anyMatch(p -> p.contains("does not state BACKUPS")).anyMatch(p -> p.contains("does not state EMBEDDINGS"))
        .anyMatch(p -> p.contains("does not state SUBPROCESSORS")).anyMatch(p -> p.startsWith("backupsExpireOn"));

    problems.clear();
    ExitRules.Certificate incomplete = ExitRules.checkCertificate(Map.of("outcome", "INCOMPLETE",
        "certificateCovers", List.of("CONTENT")), TODAY, problems);
    assertThat(problems).as("an uncovered scope is reason enough").isEmpty();
    assertThat(ExitRules.uncovered(incomplete.covers())).containsExactly(ExitRules.DeletionScope.LOGS,
        ExitRules.DeletionScope.BACKUPS, ExitRules.DeletionScope.EMBEDDINGS, ExitRules.DeletionScope.CACHES,
        ExitRules.DeletionScope.SUBPROCESSORS);
  }

  @Test
  void aCutOverGoesOnlyWhenDoneAndAPostponementPastTheAssistanceNeedsAnExtension() {
    List<String> problems = new ArrayList<>();
    ExitRules.checkCutOver(Map.of("decision", "GO", "cutOverOn", TODAY.plusDays(1).toString()), TODAY, TODAY.minusDays(10), TODAY.plusDays(60), problems);
    assertThat(problems).anyMatch(p -> p.startsWith("cutOverOn")).anyMatch(p -> p.startsWith("workloadsMoved"));

    problems.clear();
    ExitRules.checkCutOver(Map.of("decision", "NO_GO", "newCutOverDate", TODAY.plusDays(90).toString(),
        "reason", "Import not finished"), TODAY, TODAY.minusDays(10), TODAY.plusDays(60), problems);
    assertThat(problems).singleElement().asString().startsWith("assistanceExtended");

    problems.clear();
    ExitRules.CutOver postponed = ExitRules.checkCutOver(Map.of("decision", "NO_GO", "newCutOverDate", TODAY.plusDays(90).toString(),
        "reason", "Import not finished", "assistanceExtended", true), TODAY, TODAY.minusDays(10), TODAY.plusDays(60), problems);
    assertThat(problems).isEmpty();
    assertThat(postponed.newDate()).isEqualTo(TODAY.plusDays(90));
  }

  @Test
  void theFreezeNeedsASuccessorOrAReasonAndInformedUsers() {
    List<String> problems = new ArrayList<>();
    ExitRules.checkFreeze(Map.of("plannedCutOver", TODAY.toString()), TODAY, TODAY.plusDays(60), problems);
    assertThat(problems).hasSize(2).anyMatch(p -> p.startsWith("noSuccessorReason")).anyMatch(p -> p.startsWith("usersInformed"));
    problems.clear();
    ExitRules.Freeze f = ExitRules.checkFreeze(Map.of("plannedCutOver", TODAY.toString(), "successorContractId", "12",
        "usersInformed", true), TODAY, TODAY.plusDays(60), problems);
    assertThat(problems).isEmpty();
    assertThat(f.successorContractId()).isEqualTo(12L);
    problems.clear();
    ExitRules.checkFreeze(Map.of("plannedCutOver", TODAY.plusDays(90).toString(), "noSuccessorReason", "Use case retired",
        "usersInformed", true), TODAY, TODAY.plusDays(60), problems);
    assertThat(problems).singleElement().asString().startsWith("assistanceExtended");
  }

  @Test
  void aFailedExportGoesBackWhateverItsChecksumsSayAndAGoCannotPredateTheExit() {
    List<String> problems = new ArrayList<>();
    ExitRules.checkExportVerification(Map.of("outcome", "FAILED", "checksums", "garbage", "failureReason", "Archive is corrupt"),
        List.of(ExitRules.ExportItem.DATA), problems);
    assertThat(problems).isEmpty();
    ExitRules.checkCutOver(Map.of("decision", "GO", "cutOverOn", TODAY.minusDays(20).toString(), "workloadsMoved", true),
        TODAY, TODAY.minusDays(10), TODAY.plusDays(60), problems);
    assertThat(problems).singleElement().asString().startsWith("cutOverOn: " + TODAY.minusDays(20) + " is before the exit started");
  }

  @Test
  void anEmptyInventoryNeedsAReasonAndARevocationItsEvidence() {
    List<String> problems = new ArrayList<>();
    ExitRules.checkInventory(Map.of("inventoryComplete", true), 0, problems);
    assertThat(problems).singleElement().asString().startsWith("note: the inventory is empty");
    problems.clear();
    ExitRules.checkRevocation(Map.of("revoked", true, "revokedOn", TODAY.plusDays(1).toString(), "revocationEvidence", "done"),
        TODAY, problems);
    assertThat(problems).hasSize(2).anyMatch(p -> p.startsWith("revokedOn")).anyMatch(p -> p.startsWith("revocationEvidence"));
  }
}
