package org.llmprocurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Paging and window parameters: a bad one is named with the range it must lie in, and reading goes on. */
@Tag("unit")
class QueryParametersTest {

  @Test
  void aNumberInRangeIsReadAndEveryBadOneIsNamed() {
    List<String> problems = new ArrayList<>();

    assertThat(QueryParameters.wholeNumber("size", " 20 ", 1, 100, problems)).isEqualTo(20);
    assertThat(QueryParameters.wholeNumber("size", "101", 1, 100, problems)).isEqualTo(1);
    assertThat(QueryParameters.wholeNumber("page", "two", 0, 9, problems)).isZero();

    assertThat(problems).containsExactly("size: a whole number from 1 to 100, got '101'",
        "page: a whole number from 0 to 9, got 'two'");
  }

  @Test
  void aContainsPatternMatchesBackslashPercentAndUnderscoreLiterally() {
    assertThat(QueryParameters.containsPattern("  Acme\\AI 100%_ "))
        .as("each of \\ % _ escaped with \\, the text lower-cased and stripped").isEqualTo("%acme\\\\ai 100\\%\\_%");
  }
}
