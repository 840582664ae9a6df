package org.llmprocurement.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.llmprocurement.clauses.ClauseAnalysis.Figure;
import org.llmprocurement.clauses.ClauseAnalysis.NormalizedUnit;

class FigureExtractorTest {

  private static Figure only(String text) {
    List<Figure> figures = FigureExtractor.extract(text);
    assertThat(figures).as(text).hasSize(1);
    return figures.get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "uptime of 99.9%                         | 99.9    | PERCENT",
      "uptime of 99.9 percent                  | 99.9    | PERCENT",
      "ninety-nine point nine percent uptime   | 99.9    | PERCENT",
      "p95 below 1,000 ms                      | 1000    | MILLISECONDS",
      "within 1 second                         | 1000    | MILLISECONDS",
      "under 3s                                | 3000    | MILLISECONDS",
      "within 30 minutes                       | 30      | MINUTES",
      "within 48 hours                         | 2880    | MINUTES",
      "within 24h                              | 1440    | MINUTES",
      "within 2 days                           | 2880    | MINUTES",
      "within 10 calendar days                 | 14400   | MINUTES",
      "within 5 business days                  | 2400    | BUSINESS_MINUTES",
      "within 5 working days                   | 2400    | BUSINESS_MINUTES",
      "within 8 business hours                 | 480     | BUSINESS_MINUTES",
      "within 2 weeks                          | 20160   | MINUTES",
      "every 12 months                         | 518400  | MINUTES",
      "a 12-month period                       | 518400  | MINUTES",
      "for 1 year                              | 525600  | MINUTES",
      "three (3) times                         | 3       | COUNT",
      "after 3 incidents                       | 3       | COUNT",
      "1,500 requests per minute               | 1500    | COUNT",
      "in four (4) separate months             | 4       | COUNT",
      "on three different days                 | 3       | COUNT",
      "within thirty days                      | 43200   | MINUTES",
      "within forty-eight hours                | 2880    | MINUTES",
      "for one hundred and eighty days         | 259200  | MINUTES",
      "within thirty (30) days                 | 43200   | MINUTES",
      "within 30-day notice                    | 43200   | MINUTES"})
  void extractsAndNormalises(String text, double value, NormalizedUnit unit) {
    Figure f = only(text);
    assertThat(f.normalizedValue()).isEqualTo(value);
    assertThat(f.normalizedUnit()).isEqualTo(unit);
    assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
  }

  @Test
  void wordsWithDigitsInBracketsAreOneFigure() {
    Figure f = only("Provider shall notify Customer within thirty (30) days.");
    assertThat(f.text()).isEqualTo("thirty (30) days");
    assertThat(f.value()).isEqualTo(30.0);
    assertThat(f.unit()).isEqualTo("DAYS");
  }

  @Test
  void rangeIsOneFigureWithBothEnds() {
    Figure f = only("between 24 and 48 hours after discovery");
    assertThat(f.text()).isEqualTo("between 24 and 48 hours");
    assertThat(f.isRange()).isTrue();
    assertThat(f.normalizedLow()).isEqualTo(1440.0);
    assertThat(f.normalizedValue()).isEqualTo(2880.0);
    assertThat(only("24-48 hours").normalizedLow()).isEqualTo(1440.0);
  }

  @Test
  void numbersWithoutUnitsAreNotFigures() {
    assertThat(FigureExtractor.extract("Support is available 24x7 and 24/7 for Sev 1 and Severity 2 tickets under ISO 27001 and SOC 2."))
        .isEmpty();
    assertThat(FigureExtractor.extract("TLS 1.2 and AES-256 are used for section 4 of schedule 2.")).isEmpty();
  }

  @Test
  void severalFiguresInTextOrder() {
    List<Figure> figures = FigureExtractor.extract("p95 of 800 ms, p99 of 2,500 ms, 99.9% uptime and a report within 5 business days.");
    assertThat(figures).extracting(Figure::normalizedValue).containsExactly(800.0, 2500.0, 99.9, 2400.0);
  }
}
