package org.llmprocurement.intake;

/**
 * Looks up the existing contract a new use case runs under ({@code existingContractReference} of
 * the intake). Intake comes before the contract register, so it asks through this interface; the
 * register (package {@code contracts}) implements it.
 */
public interface ExistingContracts {

  /**
   * What the look-up found: the register entry's id, or why no new use case may run under it.
   * Exactly one of the two is set.
   *
   * @param problem the refusal without the field name, e.g. "contract LLMP-2026-00012 is frozen by exit 4"
   */
  record Lookup(Long contractId, String problem) {

    /** New use cases may run under this entry. */
    public static Lookup open(long contractId) {
      return new Lookup(contractId, null);
    }

    /** New use cases may not run under it, for this reason. */
    public static Lookup refused(String problem) {
      return new Lookup(null, problem);
    }
  }

  /**
   * Resolves a contract reference as the register holds it (exact, trimmed).
   *
   * @return {@link Lookup#open} for an entry that is neither frozen by an exit nor terminated,
   *     expired or closed; {@link Lookup#refused} for an unknown reference or such an entry
   */
  Lookup resolve(String contractReference);

  /** No register at all (engine-free tests): every reference is unknown. */
  ExistingContracts NONE = reference -> Lookup.refused("no register entry has the contract reference '" + reference + "'");
}
