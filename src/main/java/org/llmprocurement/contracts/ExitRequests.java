package org.llmprocurement.contracts;

/**
 * Builds the {@link ContractEvent.ExitRequested} a deciding stage publishes, keeping the reason
 * within the event's bounds ({@value ContractRegister#MIN_REASON} to {@value ContractRegister#MAX_REASON}
 * characters): a longer decision reason (the notice forms allow 4,000) is cut with "…", a blank one
 * is said to be missing rather than sent empty.
 */
public final class ExitRequests {

  private ExitRequests() {}

  /**
   * @param contract the register entry to leave
   * @param trigger what decided the exit
   * @param reason the decider's words
   * @param requestedBy the deciding user, or {@code null} for system work
   */
  public static ContractEvent.ExitRequested of(Contract contract, ExitTrigger trigger, String reason, String requestedBy) {
    return new ContractEvent.ExitRequested(contract.getId(), contract.getBusinessKey(), trigger, fit(reason), requestedBy);
  }

  /** The reason stripped and cut to {@value ContractRegister#MAX_REASON} characters; a placeholder when shorter than the minimum. */
  static String fit(String reason) {
    String text = reason == null ? "" : reason.strip();
    if (text.length() < ContractRegister.MIN_REASON) {
      return "Exit decided; no reason was given" + (text.isEmpty() ? "" : ": " + text);
    }
    return text.length() <= ContractRegister.MAX_REASON ? text : text.substring(0, ContractRegister.MAX_REASON - 1) + "…";
  }
}
