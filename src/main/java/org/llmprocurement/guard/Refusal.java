package org.llmprocurement.guard;

import java.util.List;

/**
 * A start or completion the guard refuses, with every problem. The engine adapter answers it as a
 * 400 (REST and Tasklist show the message); nothing has been written when it is thrown.
 */
public class Refusal extends RuntimeException {

  private final String what;
  private final List<String> problems;

  public Refusal(String what, List<String> problems) {
    super(what + ": " + String.join("; ", problems));
    this.what = what;
    this.problems = List.copyOf(problems);
  }

  /** What was refused, e.g. "Task 'Review clauses' cannot be completed". */
  public String what() {
    return what;
  }

  public List<String> problems() {
    return problems;
  }
}
