package org.llmprocurement.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

/**
 * A review task's package travels as a short string (its area keys), so the engine keeps it in the
 * variable's own row; a task of a role review started before that still holds it as a JSON object,
 * and both read as the same package.
 */
class ReviewPackageTest {

  @Test
  void aPackageTravelsAsItsAreaKeysAndReadsBackTheSame() {
    ReviewPackage p = ReviewPackage.of("incident_notice", "logging");
    assertThat(p.key()).isEqualTo("incident_notice,logging");
    assertThat(ReviewPackage.ofKey(p.key())).isEqualTo(p);
    assertThat(ClauseReviewProcess.packageIn(Variables.stringValue(p.key()))).contains(p);
  }

  @Test
  void aTaskStartedBeforeKeepsItsJsonPackageAndItStillReads() {
    TypedValue legacy = Variables.serializedObjectValue("{\"areas\":[\"incident_notice\",\"logging\"]}")
        .serializationDataFormat("application/json").objectTypeName(ReviewPackage.class.getName()).create();
    assertThat(ClauseReviewProcess.packageIn(legacy)).contains(ReviewPackage.of("incident_notice", "logging"));
  }

  @Test
  void noValueIsNoPackageAndAnythingElseIsAnError() {
    assertThat(ClauseReviewProcess.packageIn(null)).isEmpty();
    assertThat(ClauseReviewProcess.packageIn(Variables.stringValue(null))).isEmpty();
    assertThatThrownBy(() -> ClauseReviewProcess.packageIn(Variables.integerValue(3)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a review package");
    assertThatThrownBy(() -> ReviewPackage.ofKey(" , ")).isInstanceOf(IllegalArgumentException.class);
  }
}
