package org.llmprocurement.contracts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.support.IntegrationTest;
import org.llmprocurement.support.Intakes;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.review.ReviewFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the register's engine-backed tests (and the later stages' that need a registered
 * contract): starts {@code contract-registration} and fills its form.
 */
public abstract class ContractTest extends IntegrationTest {

  @Autowired
  protected ContractRegister register;

  @Autowired
  private org.llmprocurement.intake.IntakeService intakeService;

  @Autowired
  private org.llmprocurement.review.ReviewDecisions reviewDecisions;

  /** A new HIGH procurement (intake only) of the named vendor; returns its id. */
  protected long newProcurement(String vendor) {
    Map<String, Object> intake = Intakes.customerSupportBot();
    intake.put("vendor", vendor);
    var created = api.post("/api/procurements", "demo-procurement", intake);
    if (created.status() != 201) {
      throw new AssertionError(created.toString());
    }
    return created.json().get("id").asLong();
  }

  protected String businessKey(long procurementId) {
    return api.get("/api/procurements/" + procurementId, "demo-procurement").json().get("businessKey").asText();
  }

  /** Starts the registration as the lifecycle's call activity would. */
  protected ProcessInstance startRegistration(long procurementId) {
    return engine.getRuntimeService().startProcessInstanceByKey(ContractRegistrationProcess.KEY, businessKey(procurementId),
        Map.of("procurementId", procurementId, "riskTier", "HIGH"));
  }

  protected Task particularsTask(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ContractRegistrationProcess.RECORD_PARTICULARS).singleResult();
  }

  /** Submits the particulars as Tasklist does: lists as JSON. */
  protected void submit(String user, Task task, Map<String, Object> particulars) {
    VariableMap variables = Variables.createVariables();
    particulars.forEach((name, value) -> variables.putValue(name, value instanceof List<?> ? JsonViews.json(value) : value));
    as(user, () -> engine.getFormService().submitTaskForm(task.getId(), variables));
  }

  /** Registers a contract for a new procurement; returns the contract id. */
  protected long registered(String vendor, String lei, LocalDate termEnd, int nonRenewalNoticeDays) {
    long procurementId = newProcurement(vendor);
    Map<String, Object> particulars = particulars(vendor, lei, procurementId);
    particulars.put("termEnd", termEnd.toString());
    particulars.put("nonRenewalNoticeDays", nonRenewalNoticeDays);
    ProcessInstance instance = startRegistration(procurementId);
    submit("demo-procurement", particularsTask(instance), particulars);
    executeJobs(instance.getId());
    return register.ofProcurement(procurementId).orElseThrow().getId();
  }

  /**
   * Registers a pilot contract: a PILOT procurement (the support bot with these intake changes),
   * its tier confirmed as proposed (versions pinned), its review items prepared, the contract
   * registered with the pilot end date. Returns the contract id.
   */
  protected long registeredPilot(String vendor, Map<String, Object> intakeChanges, LocalDate pilotEnd) {
    ReviewFixture.ensureRequester(engine);
    Map<String, Object> form = Intakes.customerSupportBot();
    form.put("vendor", vendor);
    form.put("requester", ReviewFixture.REQUESTER);
    form.put("deploymentStage", "PILOT");
    form.putAll(intakeChanges);
    var created = api.post("/api/procurements", "demo-procurement", form);
    if (created.status() != 201) {
      throw new AssertionError(created.toString());
    }
    long procurementId = created.json().get("id").asLong();
    engine.getRuntimeService().deleteProcessInstance(created.json().get("processInstanceId").asText(), "test: intake only");
    Procurement procurement = intakeService.get(procurementId);
    intakeService.confirmTier(procurementId, procurement.getProposedTier(), null, procurement.getSurfaces(),
        procurement.getAllowedRegions(), "demo-procurement");
    reviewDecisions.prepare(procurementId);
    Map<String, Object> particulars = particulars(vendor, null, procurementId);
    particulars.put("pilotEndDate", pilotEnd.toString());
    ProcessInstance registration = startRegistration(procurementId);
    submit("demo-procurement", particularsTask(registration), particulars);
    executeJobs(registration.getId());
    return register.ofProcurement(procurementId).orElseThrow().getId();
  }

  protected Map<String, Object> particulars(String vendor, String lei, long procurementId) {
    Map<String, Object> p = new LinkedHashMap<>(ContractParticularsFixtures.valid(vendor, lei, "REF-" + businessKey(procurementId),
        org.llmprocurement.engine.EngineClock.today()));
    return p;
  }
}
