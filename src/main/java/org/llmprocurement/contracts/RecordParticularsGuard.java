package org.llmprocurement.contracts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.contracts.DoraCodes.DataType;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.guard.TaskFormGuard;
import org.llmprocurement.guard.TaskSubmission;
import org.llmprocurement.guard.Validation;
import org.llmprocurement.intake.IntakeService;
import org.llmprocurement.intake.Procurement;
import org.springframework.stereotype.Component;

/**
 * "Record contract particulars": procurement records the signed contract's vendor, models, data
 * locations, subprocessors, dates, notice periods and DORA assessments. The form is prefilled from
 * the intake (vendor name, product, surfaces, allowed regions per data type) or from particulars
 * recorded before; a submission is read by {@link ParticularsReader}, which names every problem.
 */
@Component
class RecordParticularsGuard implements TaskFormGuard<ContractParticulars> {

  private final ContractRegister register;
  private final IntakeService intake;

  RecordParticularsGuard(ContractRegister register, IntakeService intake) {
    this.register = register;
    this.intake = intake;
  }

  @Override
  public String processDefinitionKey() {
    return ContractRegistrationProcess.KEY;
  }

  @Override
  public String taskDefinitionKey() {
    return ContractRegistrationProcess.RECORD_PARTICULARS;
  }

  @Override
  public Set<String> fields() {
    return new LinkedHashSet<>(ParticularsReader.FIELDS);
  }

  /** Nothing to store: the task keeps its model name, and its view is worked out when read. */
  @Override
  public void prepare(DelegateTask task) {
    // the form's values come from view(task) each time the form is read (ADR 0008)
  }

  /**
   * Worked out each time the form is read, never stored (ADR 0008): the particulars recorded so far,
   * else a first view from the intake, and a one-line summary of the procurement the form shows.
   */
  @Override
  public Map<String, Object> view(DelegateTask task) {
    Procurement procurement = intake.get(procurementId(task));
    Map<String, Object> recorded = register.recorded(procurement.getId()).map(Json::plain).orElseGet(() -> defaults(procurement));
    Map<String, Object> view = new LinkedHashMap<>();
    for (String field : ParticularsReader.FIELDS) {
      view.put(field, JsonViews.formValue(recorded.get(field)));
    }
    // shown by the form, never submitted
    view.put("procurementSummary", procurement.getBusinessKey() + ": " + procurement.getTitle() + " ("
        + procurement.getVendor() + ", " + procurement.getProduct() + "), tier " + procurement.getRiskTier()
        + "; regions allowed at intake " + procurement.getAllowedRegions());
    return view;
  }

  /** A first view: what the intake already says, every row the form needs, nothing guessed. */
  private static Map<String, Object> defaults(Procurement procurement) {
    Map<String, Object> view = new LinkedHashMap<>();
    List<String> regions = procurement.getAllowedRegions().stream().map(Enum::name).toList();
    view.put(ParticularsReader.VENDOR_ID, null);
    view.put(ParticularsReader.VENDOR_LEGAL_NAME, procurement.getVendor());
    view.put(ParticularsReader.VENDOR_LEI, "");
    view.put(ParticularsReader.VENDOR_COUNTRY, "");
    view.put(ParticularsReader.VENDOR_NOTICE_ADDRESS, "");
    view.put(ParticularsReader.VENDOR_CONTACTS, List.of(row("name", "", "role", "", "email", "")));
    view.put("contractReference", procurement.getBusinessKey());
    view.put("product", procurement.getProduct());
    view.put("surfaces", procurement.getSurfaces().stream().map(Enum::name).toList());
    view.put("models", List.of(row("name", "", "version", "", "baseModelFamily", "", "fineTuning", "",
        "thirdPartyFoundationModel", "", "safetyLayers", "")));
    List<Map<String, Object>> locations = new ArrayList<>();
    for (DataType type : DataType.values()) {
      locations.add(row("dataType", type.name(), "storageRegions", regions, "processingRegions", regions,
          "supportAccessRegions", regions));
    }
    view.put("dataLocations", locations);
    view.put("subprocessors", List.of());
    view.put("effectiveDate", EngineClock.today().toString());
    view.put("termEnd", null);
    view.put("autoRenewal", false);
    view.put("nonRenewalNoticeDays", null);
    view.put("providerTerminationNoticeDays", null);
    view.put("governingLawCountry", "");
    view.put("dataSensitivity", null);
    view.put("relianceLevel", null);
    view.put("substitutability", null);
    view.put("exitPlanExists", false);
    view.put("alternativeProvidersIdentified", null);
    view.put("alternativeProviders", "");
    return view;
  }

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  @Override
  public Validation<ContractParticulars> validate(TaskSubmission submission) {
    ParticularsReader.Result result = register.validate(procurementId(submission.task()), submission.values());
    return Validation.of(result.particulars(), result.problems());
  }

  @Override
  public void apply(TaskSubmission submission, ContractParticulars particulars) {
    register.record(procurementId(submission.task()), particulars, submission.userId());
  }

  static long procurementId(DelegateTask task) {
    return ContractRegistrationProcess.PROCUREMENT_ID.from(task).get();
  }
}
