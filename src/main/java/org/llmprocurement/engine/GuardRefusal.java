package org.llmprocurement.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.llmprocurement.guard.Refusal;

/**
 * A {@link Refusal} as the engine reports it. Extends {@link FormFieldValidationException} because
 * that is what the REST API and Tasklist turn into a 400 with the message shown to the user.
 */
public class GuardRefusal extends FormFieldValidationException {

  private final List<String> problems;

  GuardRefusal(Refusal refusal) {
    super("guard", refusal.getMessage());
    this.problems = refusal.problems();
  }

  public List<String> getProblems() {
    return problems;
  }
}
