package org.llmprocurement.clauses;

import java.util.ArrayList;
import java.util.List;
import org.llmprocurement.clauses.ClauseAnalysis.Check;
import org.llmprocurement.clauses.ClauseAnalysis.WeakPhrase;

/** Writes {@link ClauseAnalysis#explanation()}: why the verdict, in one line. */
final class Explanation {

  private static final int QUOTE = 70;

  private Explanation() {}

  static String line(ClauseAnalysis a) {
    List<String> bits = new ArrayList<>();
    if (a.commitment() != null) {
      bits.add("binds by " + a.commitment().form() + " (" + a.commitment().bound().toLowerCase(java.util.Locale.ROOT) + "): \""
          + quote(a.commitment().text()) + "\"");
    } else {
      bits.add("nothing relevant binds the vendor");
    }
    for (Check c : a.checks()) {
      if (c.bar() == null) {
        continue;
      }
      String label = Advice.label(c.threshold());
      if (c.figure() == null) {
        bits.add(label + ": no figure (bar " + Advice.bar(c) + ")");
      } else {
        bits.add(label + ": '" + c.figure().text().trim() + "' vs " + Advice.bar(c) + ", " + (c.passed() ? "met" : "missed")
            + (c.attachment() == null ? "" : " [" + c.attachment() + "]"));
      }
    }
    for (WeakPhrase w : a.weakPhrases()) {
      bits.add("'" + w.phrase() + "' " + (w.undermines() ? "undermines" : "harmless") + (w.reason() == null ? "" : " (" + w.reason() + ")"));
    }
    if (!a.missingElements().isEmpty()) {
      bits.add("missing " + String.join(", ", a.missingElements()));
    }
    if (!a.scopeFindings().isEmpty()) {
      bits.add(String.join("; ", a.scopeFindings()));
    }
    return a.verdict() + " - " + String.join("; ", bits) + ".";
  }

  private static String quote(String s) {
    String t = Regexes.replaceAll(s.strip(), "\\s+", " ");
    return t.length() <= QUOTE ? t : t.substring(0, QUOTE - 3) + "...";
  }
}
