package org.llmprocurement.guard;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A refused completion or start. Extends {@link FormFieldValidationException} because that is what
 * the REST API and Tasklist turn into a 400 with the message shown to the user.
 */
public class GuardRefusal extends FormFieldValidationException {

  private final List<String> problems;

  public GuardRefusal(String what, List<String> problems) {
    super("guard", what + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> getProblems() {
    return problems;
  }
}
