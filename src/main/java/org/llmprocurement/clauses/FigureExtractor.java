package org.llmprocurement.clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmprocurement.clauses.ClauseAnalysis.Figure;
import org.llmprocurement.clauses.ClauseAnalysis.NormalizedUnit;

/**
 * Finds measurable figures in clause text: a number (digits, words, or "thirty (30)") followed by a
 * unit, or a range of two numbers sharing a unit. A number with no unit ("Sev 1", "ISO 27001",
 * "24/7") is not a figure.
 *
 * <p>Normalisation: percent as is; latency to milliseconds (1 s = 1000 ms); calendar durations to
 * minutes (1 h = 60, 1 day = 1440, 1 week = 7 days, 1 month = 30 days, 1 year = 365 days); business
 * durations to business minutes (1 business hour = 60, 1 business day = 8 business hours); counts
 * (times, incidents, failures, requests per minute ...) as is.
 */
final class FigureExtractor {

  private static final String WORD =
      "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          + "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand";
  private static final Map<String, Integer> WORD_VALUES = wordValues();

  private static final Pattern DIGITS = Pattern.compile("(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?!\\d)");
  private static final Pattern WORDS = Pattern.compile(
      "(?<![\\w-])(?:" + WORD + ")(?:(?:[\\s-]+|\\s+and\\s+)(?:" + WORD + "))*(?:\\s+point(?:\\s+(?:zero|one|two|three|four|five|six|seven|eight|nine))+)?(?!\\w)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PAREN_DIGITS = Pattern.compile("^\\s*\\(\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*\\)");
  private static final Pattern NOT_A_FIGURE_BEFORE = Pattern.compile(
      "(?i)(?:\\bsev(?:erity)?|\\blevel|\\btier|\\bpriority|\\biso(?:/iec)?|\\biec|\\bsoc|\\bsection|\\bclause|\\barticle|\\bannex"
          + "|\\bschedule|\\bexhibit|\\bversion|\\bstep|\\bphase|\\bitem|\\bno\\.|\\bart\\.|\\bp)\\s*[-#]?\\s*$");
  private static final Pattern ROUND_THE_CLOCK = Pattern.compile("^\\s*(?:x|×|/)\\s*(?:7|365)");
  private static final Pattern RANGE_CONNECTOR = Pattern.compile("^\\s*(?:-|–|—|to|and)\\s*");
  private static final Pattern BETWEEN_BEFORE = Pattern.compile("(?i)\\b(?:between|from)\\s+$");

  private static final Pattern PERCENT = Pattern.compile("(?i)^\\s*(%|percent\\b|per cent\\b)");
  private static final Pattern LATENCY = Pattern.compile("(?i)^\\s*-?\\s*(ms|msecs?|milliseconds?|s|secs?|seconds?)\\b");
  private static final Pattern DURATION = Pattern.compile(
      "(?i)^\\s*-?\\s*((?:(?:calendar|business|working|consecutive|full|rolling|clock)[\\s-]+){0,2})"
          + "(minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?)\\b('s|s')?");
  private static final Pattern COUNT = Pattern.compile(
      "(?i)^\\s*(?:or more\\s+)?(?:[a-z-]+\\s+){0,3}?(times|incidents?|occasions?|violations?|breaches|failures?|outages?"
          + "|misses|instances|events|(?:requests|calls|queries)\\s*(?:per|/|a|each)\\s*(?:minute|min))\\b");

  /** "four (4) separate months", "on three different days": a count of periods, not a duration. */
  private static final Pattern SEPARATE_PERIODS = Pattern.compile(
      "(?i)^\\s*(?:separate|different|distinct|individual)\\s+(?:calendar\\s+)?(days?|weeks?|months?|quarters?|years?)\\b");

  private FigureExtractor() {}

  private record Num(int start, int end, double value) {}

  /**
   * "three (3) months out of any rolling twelve", "any two of three consecutive months", "three
   * months within a twelve-month period": the first number counts periods (a COUNT), the second is
   * the window (a duration).
   */
  private static final Pattern COUNT_OVER_WINDOW = Pattern.compile(
      "(?i)^\\s*(?:(?:calendar\\s+)?(?:months?|periods?|quarters?)\\s+)?(?:out\\s+of|of|in|within)\\s+(?:any|every|each|a|the)?\\s*"
          + "(?:rolling\\s+|consecutive\\s+)?$");

  static List<Figure> extract(String text) {
    List<Num> numbers = numbers(text);
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      Num n = numbers.get(i);
      if (i + 1 < numbers.size()) {
        Num m = numbers.get(i + 1);
        Figure window = unitAfter(text, m, m.start);
        if (window != null && "MONTHS".equals(window.unit()) && m.start - n.end <= 40
            && COUNT_OVER_WINDOW.matcher(text.substring(n.end, m.start)).find()) {
          Figure own = unitAfter(text, n, n.start);
          int end = own != null && "MONTHS".equals(own.unit()) ? own.end() : n.end;
          figures.add(new Figure(text.substring(n.start, end), n.value, "COUNT", n.value, NormalizedUnit.COUNT, n.start, end, n.value));
          continue;
        }
      }
      // range: n, connector, next number, unit
      if (i + 1 < numbers.size()) {
        Num m = numbers.get(i + 1);
        String between = text.substring(n.end, m.start);
        Matcher c = RANGE_CONNECTOR.matcher(between);
        if (c.matches()) {
          boolean isAnd = between.trim().equalsIgnoreCase("and");
          String pre = text.substring(Math.max(0, n.start - 10), n.start);
          Matcher b = BETWEEN_BEFORE.matcher(pre);
          boolean hasBetween = b.find();
          if (!isAnd || hasBetween) {
            Figure upper = unitAfter(text, m, m.start);
            Figure lowAlone = unitAfter(text, n, n.start);
            if (upper != null && lowAlone == null) {
              Figure low = unitAfter(text, n, n.start, upper.unit());
              int start = hasBetween ? n.start - pre.length() + b.start() : n.start;
              double lo = Math.min(low.normalizedValue(), upper.normalizedValue());
              double hi = Math.max(low.normalizedValue(), upper.normalizedValue());
              figures.add(new Figure(text.substring(start, upper.end()), Math.max(n.value, m.value), upper.unit(), hi,
                  upper.normalizedUnit(), start, upper.end(), lo));
              i++;
              continue;
            }
          }
        }
      }
      Figure f = unitAfter(text, n, n.start);
      if (f != null) {
        figures.add(f);
      }
    }
    return figures;
  }

  /** The figure for number n with the unit right after it, or null. */
  private static Figure unitAfter(String text, Num n, int start) {
    return unitAfter(text, n, start, null);
  }

  /** With forcedUnit set, n takes that unit (lower end of a range) and the result spans n only. */
  private static Figure unitAfter(String text, Num n, int start, String forcedUnit) {
    if (forcedUnit != null) {
      double[] norm = normalize(forcedUnit, n.value);
      return new Figure(text.substring(start, n.end), n.value, forcedUnit, norm[0], NormalizedUnit.values()[(int) norm[1]],
          start, n.end, norm[0]);
    }
    String rest = text.substring(n.end, Math.min(text.length(), n.end + 80));
    String unit = null;
    int unitEnd = -1;
    Matcher m;
    if ((m = PERCENT.matcher(rest)).find()) {
      unit = "PERCENT";
      unitEnd = m.end();
    } else if ((m = SEPARATE_PERIODS.matcher(rest)).find()) {
      unit = "COUNT";
      unitEnd = m.end();
    } else if ((m = DURATION.matcher(rest)).find()) {
      String adj = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
      String u = m.group(2).toLowerCase(Locale.ROOT);
      boolean business = adj.contains("business") || adj.contains("working");
      if (u.startsWith("min")) {
        unit = "MINUTES";
      } else if (u.startsWith("h")) {
        unit = business ? "BUSINESS_HOURS" : "HOURS";
      } else if (u.startsWith("d")) {
        unit = business ? "BUSINESS_DAYS" : adj.contains("calendar") ? "CALENDAR_DAYS" : "DAYS";
      } else if (u.startsWith("w")) {
        unit = "WEEKS";
      } else if (u.startsWith("mo")) {
        unit = "MONTHS";
      } else {
        unit = "YEARS";
      }
      unitEnd = m.end(2);
    } else if ((m = LATENCY.matcher(rest)).find()) {
      unit = m.group(1).toLowerCase(Locale.ROOT).startsWith("m") ? "MILLISECONDS" : "SECONDS";
      unitEnd = m.end();
    } else if ((m = COUNT.matcher(rest)).find()) {
      unit = Regexes.matches(m.group(1).toLowerCase(Locale.ROOT), "(requests|calls|queries).*") ? "REQUESTS_PER_MINUTE" : "COUNT";
      unitEnd = m.end();
    }
    if (unit == null) {
      return null;
    }
    double[] norm = normalize(unit, n.value);
    int end = n.end + unitEnd;
    return new Figure(text.substring(start, end), n.value, unit, norm[0], NormalizedUnit.values()[(int) norm[1]],
        start, end, norm[0]);
  }

  /** {normalizedValue, ordinal of NormalizedUnit}. */
  static double[] normalize(String unit, double v) {
    return switch (unit) {
      case "PERCENT" -> new double[] {v, NormalizedUnit.PERCENT.ordinal()};
      case "MILLISECONDS" -> new double[] {v, NormalizedUnit.MILLISECONDS.ordinal()};
      case "SECONDS" -> new double[] {v * 1000, NormalizedUnit.MILLISECONDS.ordinal()};
      case "MINUTES" -> new double[] {v, NormalizedUnit.MINUTES.ordinal()};
      case "HOURS" -> new double[] {v * 60, NormalizedUnit.MINUTES.ordinal()};
      case "DAYS", "CALENDAR_DAYS" -> new double[] {v * 1440, NormalizedUnit.MINUTES.ordinal()};
      case "WEEKS" -> new double[] {v * 7 * 1440, NormalizedUnit.MINUTES.ordinal()};
      case "MONTHS" -> new double[] {v * 30 * 1440, NormalizedUnit.MINUTES.ordinal()};
      case "YEARS" -> new double[] {v * 365 * 1440, NormalizedUnit.MINUTES.ordinal()};
      case "BUSINESS_HOURS" -> new double[] {v * 60, NormalizedUnit.BUSINESS_MINUTES.ordinal()};
      case "BUSINESS_DAYS" -> new double[] {v * 8 * 60, NormalizedUnit.BUSINESS_MINUTES.ordinal()};
      default -> new double[] {v, NormalizedUnit.COUNT.ordinal()};
    };
  }

  /** All numbers in text order: digits, words, and "thirty (30)" merged into one. */
  private static List<Num> numbers(String text) {
    List<Num> out = new ArrayList<>();
    Matcher w = WORDS.matcher(text);
    while (w.find()) {
      Num parsed = parseWords(text, w.start(), w.end());
      if (parsed == null) {
        continue;
      }
      Matcher p = PAREN_DIGITS.matcher(text.substring(parsed.end));
      if (p.find()) {
        out.add(new Num(parsed.start, parsed.end + p.end(), digitValue(p.group(1), p.group(2))));
      } else {
        out.add(parsed);
      }
    }
    Matcher d = DIGITS.matcher(text);
    while (d.find()) {
      int s = d.start();
      if (out.stream().anyMatch(n -> s >= n.start && s < n.end)) {
        continue;
      }
      out.add(new Num(s, d.end(), digitValue(d.group(1), d.group(2))));
    }
    out.removeIf(n -> NOT_A_FIGURE_BEFORE.matcher(text.substring(Math.max(0, n.start - 12), n.start)).find()
        || ROUND_THE_CLOCK.matcher(text.substring(n.end)).find()
        || (n.start > 0 && (text.charAt(n.start - 1) == '/' || text.charAt(n.start - 1) == 'x')));
    out.sort((a, b) -> Integer.compare(a.start, b.start));
    return out;
  }

  private static double digitValue(String intPart, String frac) {
    return Double.parseDouble(intPart.replace(",", "") + (frac == null ? "" : "." + frac));
  }

  private static final Pattern LETTERS = Pattern.compile("[a-zA-Z]+");

  /** Parses a run of number words, stopping at the first word that cannot continue the number. */
  private static Num parseWords(String text, int from, int to) {
    Matcher tok = LETTERS.matcher(text.substring(from, to));
    long total = 0;
    long current = 0;
    String prev = null;
    int end = -1;
    boolean any = false;
    boolean pendingAnd = false;
    StringBuilder decimals = null;
    while (tok.find()) {
      String word = tok.group().toLowerCase(Locale.ROOT);
      if (decimals != null) {
        Integer v = WORD_VALUES.get(word);
        if (v == null || v > 9) {
          break;
        }
        decimals.append(v);
        end = from + tok.end();
        continue;
      }
      if (word.equals("point") && any) {
        decimals = new StringBuilder();
        continue;
      }
      if (word.equals("and")) {
        if (prev == null || !(prev.equals("hundred") || prev.equals("thousand"))) {
          break;
        }
        pendingAnd = true;
        continue;
      }
      Integer v = WORD_VALUES.get(word);
      if (v == null) {
        break;
      }
      if (prev != null && !canFollow(prev, word)) {
        break;
      }
      if (v == 100) {
        current = (current == 0 ? 1 : current) * 100;
      } else if (v == 1000) {
        total += (current == 0 ? 1 : current) * 1000;
        current = 0;
      } else {
        current += v;
      }
      prev = word;
      any = true;
      pendingAnd = false;
      end = from + tok.end();
    }
    if (!any) {
      return null;
    }
    double value = total + current;
    if (decimals != null && decimals.length() > 0) {
      value = Double.parseDouble((long) value + "." + decimals);
    }
    return new Num(from, end, value);
  }

  private static boolean canFollow(String prev, String word) {
    int p = WORD_VALUES.get(prev);
    int w = WORD_VALUES.get(word);
    if (p == 1000) {
      return w < 1000;
    }
    if (p == 100) {
      return w < 100 || w == 1000;
    }
    if (p >= 20) {
      return w < 10 && w > 0 || w == 1000;
    }
    return w == 100 || w == 1000;
  }

  private static Map<String, Integer> wordValues() {
    String[] words = WORD.split("\\|");
    Map<String, Integer> m = new java.util.HashMap<>();
    for (int i = 0; i <= 20; i++) {
      m.put(words[i], i);
    }
    m.put("thirty", 30);
    m.put("forty", 40);
    m.put("fifty", 50);
    m.put("sixty", 60);
    m.put("seventy", 70);
    m.put("eighty", 80);
    m.put("ninety", 90);
    m.put("hundred", 100);
    m.put("thousand", 1000);
    return Map.copyOf(m);
  }
}
