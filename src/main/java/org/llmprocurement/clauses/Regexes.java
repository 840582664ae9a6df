package org.llmprocurement.clauses;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Regexes of the clause analysis compiled once per JVM: the fixed ones the clause reading asks of
 * every token of every clause (compiling them on each call of {@link String#matches(String)} showed
 * as about a tenth of an analysis in the benchmark's profile, issue 14) or replaces with, and the
 * catalogue's element and near regexes (a few hundred), matched ignoring case. Same answers as the
 * {@code String} methods of the same names.
 */
final class Regexes {

  private static final ConcurrentMap<String, Pattern> COMPILED = new ConcurrentHashMap<>();
  private static final ConcurrentMap<String, Pattern> IGNORING_CASE = new ConcurrentHashMap<>();

  private Regexes() {}

  /** The regex compiled with {@link Pattern#CASE_INSENSITIVE}, once. */
  static Pattern ignoringCase(String regex) {
    return IGNORING_CASE.computeIfAbsent(regex, r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE));
  }

  /** Whether the whole of {@code text} matches {@code regex} (as {@link String#matches(String)}). */
  static boolean matches(CharSequence text, String regex) {
    return compiled(regex).matcher(text).matches();
  }

  /** {@code text} with every match of {@code regex} replaced (as {@link String#replaceAll}). */
  static String replaceAll(CharSequence text, String regex, String replacement) {
    return compiled(regex).matcher(text).replaceAll(replacement);
  }

  /** {@code text} with the first match of {@code regex} replaced (as {@link String#replaceFirst}). */
  static String replaceFirst(CharSequence text, String regex, String replacement) {
    return compiled(regex).matcher(text).replaceFirst(replacement);
  }

  private static Pattern compiled(String regex) {
    return COMPILED.computeIfAbsent(regex, Pattern::compile);
  }
}
