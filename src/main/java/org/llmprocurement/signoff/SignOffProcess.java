package org.llmprocurement.signoff;

import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sign-off of a contract ({@code processes/sign-off.bpmn}), called by the lifecycle after
 * review found no gaps or negotiation reached agreement: its key, element ids and variables, each
 * declared once with its type. It reads the lifecycle's {@code procurementId} and {@code riskTier},
 * passed in by the call activity with the business key, and hands back {@link #OUTCOME},
 * {@link #RETURN_REASON} and {@link #RETURN_ITEMS}.
 */
public final class SignOffProcess {

  public static final String KEY = "sign-off";
  public static final String RESOLVE_BLOCKERS = "UserTask_ResolveSignOffBlockers";
  public static final String END_SIGNED = "EndEvent_ContractSignedOff";
  public static final String END_NEGOTIATION = "EndEvent_ReturnedToNegotiation";
  public static final String END_REVIEW = "EndEvent_ReturnedToReview";

  /** The sign-off task of each function (group id), in the order the diagram shows them. */
  public static final Map<String, String> TASKS = tasks();

  /** The {@code sign_off} row of this run. */
  public static final VariableFactory<Long> SIGN_OFF_ID = longVariable("signOffId");
  /** What the gateway check found: SIGNED, BLOCKED or REJECTED (routes to the outcome gateway). */
  public static final VariableFactory<String> CHECK_RESULT = stringVariable("signOffCheck");
  /** Output: SIGNED, BACK_TO_NEGOTIATION or BACK_TO_REVIEW. */
  public static final VariableFactory<String> OUTCOME = stringVariable("signOffOutcome");
  /** Output: why the case goes back (at most 4,000 characters); null when signed. */
  public static final VariableFactory<String> RETURN_REASON = stringVariable("returnReason");
  /** Output: comma-separated requirement ids the return concerns; null when none. */
  public static final VariableFactory<String> RETURN_ITEMS = stringVariable("returnItems");

  public static final String SIGNED = "SIGNED";
  public static final String BLOCKED = "BLOCKED";
  public static final String REJECTED = "REJECTED";

  private static Map<String, String> tasks() {
    Map<String, String> tasks = new LinkedHashMap<>();
    tasks.put("it", "UserTask_SignOffForIt");
    tasks.put("security", "UserTask_SignOffForSecurity");
    tasks.put("legal", "UserTask_SignOffForLegal");
    tasks.put("data-governance", "UserTask_SignOffForDataGovernance");
    tasks.put("procurement", "UserTask_SignOffForProcurement");
    return java.util.Collections.unmodifiableMap(tasks);
  }

  /** The form of a function's sign-off task, e.g. {@code sign-off-data-governance}. */
  public static String form(String function) {
    return "sign-off-" + function;
  }

  private SignOffProcess() {}
}
