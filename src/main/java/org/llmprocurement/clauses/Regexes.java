package org.llmprocurement.clauses;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * {@link String#matches(String)} without compiling the regex on every call: the clause reading
 * asks a handful of fixed regexes of every token of every clause, and compiling them each time was
 * a tenth of an analysis (issue 14, review cost). Same answers as {@code String.matches}.
 */
final class Regexes {

  private static final ConcurrentMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private Regexes() {}

  /** Whether the whole of {@code text} matches {@code regex} (as {@link String#matches(String)}). */
  static boolean matches(CharSequence text, String regex) {
    return COMPILED.computeIfAbsent(regex, Pattern::compile).matcher(text).matches();
  }
}
