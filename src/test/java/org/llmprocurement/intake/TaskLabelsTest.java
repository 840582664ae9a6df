package org.llmprocurement.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The procurement label every task name starts with. */
class TaskLabelsTest {

  @Test
  void theLabelNamesBusinessKeyVendorAndProductBeforeTheTasksOwnName() {
    assertThat(TaskLabels.label("LLMP-2026-00017", "Acme AI", "Acme Assist", "Review security clauses: Security controls"))
        .isEqualTo("LLMP-2026-00017 · Acme AI · Acme Assist — Review security clauses: Security controls");
  }

  @Test
  void aLongNameIsCutAtTheEndAndALongVendorNeverHidesTheBusinessKey() {
    String label = TaskLabels.label("LLMP-2026-00017", "V".repeat(200), "P".repeat(200), "Review legal clauses");
    assertThat(label).hasSizeLessThanOrEqualTo(TaskLabels.MAX_NAME).startsWith("LLMP-2026-00017 · VVV")
        .contains("… — Review legal clauses");
    String longName = TaskLabels.label("LLMP-2026-00017", "Acme AI", "Acme Assist", "x".repeat(400));
    assertThat(longName).hasSize(TaskLabels.MAX_NAME).startsWith("LLMP-2026-00017 · Acme AI · Acme Assist — xxx").endsWith("…");
  }
}
