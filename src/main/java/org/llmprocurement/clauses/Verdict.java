package org.llmprocurement.clauses;

/** What a clause amounts to against one requirement at one tier. See {@code docs/clause-analysis.md}. */
public enum Verdict {
  /** Binding wording, every element present, every bar met, scope covered. */
  MEETS,
  /** Binding, but a figure is weaker than the bar or missing, an element is missing, or scope is not covered. */
  BELOW_THRESHOLD,
  /** The commitment rests on hedged wording ("commercially reasonable efforts", "promptly", "targets"). */
  VAGUE,
  /** Silent, permissive ("may", "at its discretion") or disclaimed ("no guarantee", "as is"). */
  NO_COMMITMENT
}
