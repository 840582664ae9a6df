package org.llmprocurement.signoff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.springframework.stereotype.Component;

/**
 * "Resolve sign-off blockers" (procurement): every function approved but the gateway check found
 * problems. The form lists every problem; procurement sends the case back to NEGOTIATION (the
 * vendor must change something) or REVIEW (the items named are decided again), with a reason. The
 * requester may not decide. The reason and the blockers travel with the case.
 */
@Component
class ResolveBlockersGuard implements TaskFormGuard<SignOffs.ReturnInput> {

  private static final Pattern ITEM = Pattern.compile("^([A-Z]+(?:-[A-Z]+)*-\\d+) \\(");

  private final SignOffs signOffs;

  ResolveBlockersGuard(SignOffs signOffs) {
    this.signOffs = signOffs;
  }

  @Override
  public String processDefinitionKey() {
    return SignOffProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return SignOffProcess.RESOLVE_BLOCKERS;
  }

  @Override
  public Set<String> fields() {
    return Set.of("returnTo", "reason", "items");
  }

  @Override
  public void prepare(DelegateTask task) {
    SignOff signOff = signOffs.round(SignOffProcess.SIGN_OFF_ID.from(task).get());
    task.setName(SignOffs.clip("Resolve sign-off blockers: " + signOffs.procurement(signOff.getProcurementId()).getTitle(), 255));
  }

  /**
   * Worked out each time the form is read, never stored (ADR 0008): the round's blockers, empty
   * decision fields, and the requirement ids the blockers name as the items' default.
   */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    List<String> blockers = signOffs.blockerList(signOffs.round(SignOffProcess.SIGN_OFF_ID.from(task).get()));
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("blockers", JsonViews.json(blockers.stream().map(b -> "- " + b).reduce((a, b) -> a + "\n" + b).orElse("")));
    view.put("returnTo", null);
    view.put("reason", "");
    view.put("items", String.join(", ", itemsNamed(blockers)));
    return view;
  }

  /** Requirement ids the blockers name ("SEC-ENC-01 (security): GAP ..."), in order. */
  static List<String> itemsNamed(List<String> blockers) {
    Set<String> ids = new LinkedHashSet<>();
    for (String blocker : blockers) {
      Matcher m = ITEM.matcher(blocker);
      if (m.find()) {
        ids.add(m.group(1));
      }
    }
    return new ArrayList<>(ids);
  }

  @Override
  public Validation<SignOffs.ReturnInput> validate(TaskSubmission submission) {
    SignOff signOff = signOffs.round(SignOffProcess.SIGN_OFF_ID.from(submission.task()).get());
    List<String> problems = new ArrayList<>();
    String user = submission.userId();
    if (user == null) {
      problems.add("segregation of duties: the decision needs a signed-in person");
    } else if (signOffs.procurement(signOff.getProcurementId()).isRequestedBy(user)) {
      problems.add("segregation of duties: " + user + " requested this procurement and cannot decide its sign-off");
    }
    Object returnTo = submission.values().get("returnTo");
    SignOff.Status target = SignOffDecision.REVIEW.equals(returnTo) ? SignOff.Status.BACK_TO_REVIEW
        : SignOffDecision.NEGOTIATION.equals(returnTo) ? SignOff.Status.BACK_TO_NEGOTIATION : null;
    if (target == null) {
      problems.add("returnTo: choose NEGOTIATION (the vendor must change something) or REVIEW (a review error)");
    }
    SignOffs.ReturnInput input = signOffs.validateReturn(signOff.getProcurementId(), target, SignOffs.text(submission.values().get("reason")),
        submission.values().get("items"), problems);
    return Validation.of(input, problems);
  }

  @Override
  public void apply(TaskSubmission submission, SignOffs.ReturnInput input) {
    signOffs.resolve(SignOffProcess.SIGN_OFF_ID.from(submission.task()).get(), input, submission.userId());
  }
}
