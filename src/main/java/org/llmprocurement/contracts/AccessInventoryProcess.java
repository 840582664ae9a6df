package org.llmprocurement.contracts;

import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * IT's Tasklist path into the access inventory ({@code processes/maintain-access-inventory.bpmn}):
 * the start form carries one change (add, update, retire) which the start guard validates exactly as
 * {@code /api/contracts/{id}/access-inventory} would and the start event's recorder writes; the
 * process then ends. Business key = the contract's.
 */
public final class AccessInventoryProcess {

  public static final String KEY = "maintain-access-inventory";
  /** The Tasklist start form ({@code forms/maintain-access-inventory-start.form}). */
  public static final String START_FORM = "maintain-access-inventory-start";

  public static final String START = "StartEvent_InventoryChangeEntered";
  public static final String END = "EndEvent_InventoryChanged";

  /** The register entry whose inventory changed; set when the change is recorded. */
  public static final VariableFactory<Long> CONTRACT_ID = longVariable("contractId");
  /** The entry added, updated or retired; set when the change is recorded. */
  public static final VariableFactory<Long> ENTRY_ID = longVariable("accessEntryId");
  /** What the change did: ADD, UPDATE or RETIRE. */
  public static final VariableFactory<String> ACTION = stringVariable("accessChange");

  private AccessInventoryProcess() {}
}
