package org.llmprocurement.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.BundledCatalogue;
import org.llmprocurement.catalogue.Requirement;

/**
 * The search for weak wording ({@link WeakFamily#find}, one pass to the first weak wording, then
 * each phrasing from there) finds exactly what searching every phrasing over the whole clause
 * finds, on every clause of the labelled corpora and every example of the catalogue: the analysis judges the same wording as before.
 */
class WeakFamilyTest {

  @Test
  void findsEveryWeakWordingThatEachPhrasingFindsOverTheWholeClause() {
    List<String> clauses = new ArrayList<>(ClauseFixtures.corpusTexts());
    for (Requirement r : BundledCatalogue.catalogue().requirements()) {
      clauses.add(r.weakExample());
      clauses.add(r.bindingExample());
    }
    // the edges: weak wording at the very start and end, inside a longer word, in capitals
    clauses.addAll(List.of("Promptly", "Provider MAY suspend", "the vendor shall act promptly", "impromptly", "Maybe later",
        "provided \"as is\"", "no weak wording here at all"));

    int withWeakWording = 0;
    for (String clause : clauses) {
      List<WeakFamily.Match> everywhere = new ArrayList<>();
      for (WeakFamily f : WeakFamily.values()) {
        for (Pattern p : f.patterns()) {
          Matcher m = p.matcher(clause);
          while (m.find()) {
            everywhere.add(new WeakFamily.Match(f, m.start(), m.end()));
          }
        }
      }
      assertThat(WeakFamily.find(clause)).as(clause).isEqualTo(everywhere);
      withWeakWording += everywhere.isEmpty() ? 0 : 1;
    }
    assertThat(withWeakWording).as("clauses with weak wording among %d", clauses.size()).isGreaterThan(100);
  }
}
