package org.llmprocurement.review;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The clause review of one function ({@code processes/clause-review.bpmn}), called by the lifecycle
 * once per reviewing function: its key, element ids and process variables, each declared once with
 * its type. It also reads the lifecycle's {@code procurementId} and {@code reviewDueDate}, passed in
 * by the call activity.
 */
public final class ClauseReviewProcess {

  public static final String KEY = "clause-review";
  public static final String PREPARE_PACKAGES = "ServiceTask_PrepareReviewPackages";
  public static final String REVIEW_PACKAGE = "SubProcess_ReviewPackage";
  public static final String REVIEW_CLAUSES = "UserTask_ReviewClauses";
  public static final String APPROVE_WAIVERS = "UserTask_ApproveWaivers";
  public static final String DECIDE_DISPUTES = "UserTask_DecideDisputedFindings";

  /** Review roles (groups) in the order the lifecycle starts them and the forms show them. */
  public static final List<String> ROLES = List.of("it", "security", "legal", "data-governance", "procurement");

  /** The reviewing function (group id), set by the call activity. */
  public static final VariableFactory<String> ROLE = stringVariable("reviewRole");
  /**
   * The role's task-sized packages, each as its {@link ReviewPackage#key()}: the multi-instance
   * collection, a transient variable since 2026-12-02 (read once when the tasks are created, never
   * stored; instances started before hold it as JSON).
   */
  public static final VariableFactory<List<String>> PACKAGES = listVariable("reviewPackages", String.class);
  /**
   * One package: the multi-instance element variable of a review task, a {@link ReviewPackage#key()}
   * string (a JSON object in instances started before 2026-12-02). Read it with {@link #packageOf}.
   */
  public static final String PACKAGE = "reviewPackage";
  public static final VariableFactory<Boolean> WAIVERS_PENDING = booleanVariable("waiversPending");
  public static final VariableFactory<Boolean> DISPUTES_PENDING = booleanVariable("disputesPending");
  /** Group that approves waivers at the procurement's tier (tier thresholds). */
  public static final VariableFactory<String> WAIVER_APPROVER = stringVariable("waiverApproverGroup");

  private static final ObjectMapper JSON = new ObjectMapper();

  private ClauseReviewProcess() {}

  /**
   * The task's {@link #PACKAGE}, read without deserializing the variable: a form view
   * ({@code ReviewTaskGuard#view}) runs inside the command that reads the form's variables
   * undeserialized, and a deserialized read would be cached and handed to Tasklist as an object it
   * cannot parse.
   *
   * @throws IllegalStateException when the task has no package or its value is not one
   */
  static ReviewPackage packageOf(VariableScope task) {
    return packageIn(task.getVariableTyped(PACKAGE, false))
        .orElseThrow(() -> new IllegalStateException("the task has no reviewPackage"));
  }

  /**
   * A package from the variable's value: its key (a string), or the JSON object instances started
   * before 2026-12-02 hold; empty when there is no value.
   *
   * @throws IllegalStateException when the value is neither
   */
  static java.util.Optional<ReviewPackage> packageIn(TypedValue value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      if (serializable.getValueSerialized() == null) {
        return java.util.Optional.empty();
      }
      try {
        return java.util.Optional.of(JSON.readValue(serializable.getValueSerialized(), ReviewPackage.class));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("reviewPackage is not a review package: " + serializable.getValueSerialized(), e);
      }
    }
    Object content = value == null ? null : value.getValue();
    if (content == null) {
      return java.util.Optional.empty();
    }
    if (content instanceof String key) {
      return java.util.Optional.of(ReviewPackage.ofKey(key));
    }
    if (content instanceof ReviewPackage reviewPackage) {
      return java.util.Optional.of(reviewPackage);
    }
    throw new IllegalStateException("reviewPackage is not a review package: " + value);
  }

}
