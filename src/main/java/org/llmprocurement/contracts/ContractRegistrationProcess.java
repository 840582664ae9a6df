package org.llmprocurement.contracts;

import static io.holunda.camunda.bpm.data.CamundaBpmData.longVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The contract registration ({@code processes/contract-registration.bpmn}), called by the lifecycle
 * after sign-off: its key, element ids and the variables the call activity passes in, each declared
 * once with its type. It returns nothing to the caller.
 */
public final class ContractRegistrationProcess {

  public static final String KEY = "contract-registration";
  public static final String START = "StartEvent_ContractSigned";
  public static final String RECORD_PARTICULARS = "UserTask_RecordContractParticulars";
  public static final String REGISTER = "ServiceTask_RegisterContract";
  public static final String END_REGISTERED = "EndEvent_ContractRegistered";

  /** Our {@code procurement.id}, passed in by the call activity. */
  public static final VariableFactory<Long> PROCUREMENT_ID = longVariable("procurementId");
  /** The procurement's tier (a {@code RiskTier} name), passed in by the call activity. */
  public static final VariableFactory<String> RISK_TIER = stringVariable("riskTier");

  private ContractRegistrationProcess() {}
}
