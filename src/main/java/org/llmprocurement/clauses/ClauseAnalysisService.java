package org.llmprocurement.clauses;

import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Spring entry point to the clause analysis: validates the input and delegates to the plain
 * {@link ClauseAnalyzer}. Finding the rule and the tier thresholds is the caller's job (catalogue
 * and tier decision).
 */
@Service
public class ClauseAnalysisService {

  /** Longest clause text accepted, in characters. */
  public static final int MAX_TEXT_LENGTH = 10_000;

  private final ClauseAnalyzer analyzer = new ClauseAnalyzer();

  /** Loads the OpenNLP models at start-up (once per JVM), so the first request does not wait for them. */
  public ClauseAnalysisService() {
    org.slf4j.LoggerFactory.getLogger(ClauseAnalysisService.class)
        .info("OpenNLP English models loaded in {} ms", EnglishNlp.get().loadMillis());
  }

  /**
   * @throws IllegalArgumentException when the rule is missing, or the text is blank or longer than
   *     {@link #MAX_TEXT_LENGTH}
   */
  public ClauseAnalysis analyze(ClauseRule rule, Map<String, Object> thresholds, String text, Scope scope) {
    if (rule == null) {
      throw new IllegalArgumentException("No analysis rule for this requirement");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Clause text is empty");
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException("Clause text is longer than " + MAX_TEXT_LENGTH + " characters");
    }
    return analyzer.analyze(rule, thresholds, text, scope == null ? Scope.none() : scope);
  }
}
