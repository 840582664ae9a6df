package org.llmprocurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.catalogue.ThresholdService;
import org.llmprocurement.guard.Values;
import org.llmprocurement.review.ReviewFixture;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of {@code contract-registration}: particulars refused, recorded and registered once. */
class ContractProcessTest extends ContractTest {

  @Autowired
  CatalogueService catalogue;

  @Autowired
  ThresholdService thresholds;

  @Test
  void aReviewedProcurementIsRegisteredWithItsObligationsAfterRefusedParticularsAreCorrected() {
    ReviewFixture fixture = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    fixture.reviewAll((role, row) -> fixture.met(row));
    executeJobs();
    long procurementId = fixture.procurementId;

    ProcessInstance instance = startRegistration(procurementId);
    assertThat(instance).isWaitingAt(ContractRegistrationProcess.RECORD_PARTICULARS);
    Task task = particularsTask(instance);
    assertThat(task).hasCandidateGroup("procurement");
    // what Tasklist's form reads: prefilled from the intake, worked out when read, nothing stored (ADR 0008)
    var form = engine.getFormService().getTaskFormVariables(task.getId(), null, false);
    assertThat(Values.plainValue(form.getValueTyped("vendorLegalName"))).isEqualTo("Acme AI");
    assertThat((String) Values.plainValue(form.getValueTyped("procurementSummary"))).startsWith(fixture.businessKey() + ": ")
        .contains("(Acme AI, Acme Assist Enterprise), tier ");
    @SuppressWarnings("unchecked")
    var locations = (List<Map<String, Object>>) Values.plainValue(form.getValueTyped("dataLocations"));
    assertThat(locations).hasSize(6).allSatisfy(row -> assertThat(row.get("storageRegions")).isEqualTo(List.of("EU")));
    assertThat(engine.getTaskService().getVariablesLocal(task.getId()).keySet()).as("no stored copy of the form's values")
        .doesNotContain("vendorLegalName", "dataLocations", "procurementSummary");

    Map<String, Object> particulars = particulars("Acme AI Ltd", null, procurementId);
    particulars.put("vendorLei", "");
    particulars.put("models", List.of(ContractParticularsFixtures.row("name", "assist-large", "version", "")));
    particulars.put("governingLawCountry", "ZZ");
    assertThatThrownBy(() -> submit("demo-procurement", task, particulars))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("models[1].version: required")
        .hasMessageContaining("governingLawCountry: 'ZZ' is not an ISO 3166-1 alpha-2 country code");
    assertThat(register.recorded(procurementId)).as("nothing recorded on refusal").isEmpty();
    assertThat(instance).isWaitingAt(ContractRegistrationProcess.RECORD_PARTICULARS);

    submit("demo-procurement", task, particulars("Acme AI Ltd", "", procurementId));
    executeJobs();

    assertThat(instance).isEnded().hasPassed(ContractRegistrationProcess.REGISTER)
        .hasPassed(ContractRegistrationProcess.END_REGISTERED);
    Contract contract = register.ofProcurement(procurementId).orElseThrow();
    assertThat(contract.getStatus()).isEqualTo(ContractStatus.ACTIVE);
    assertThat(contract.getVersion()).isOne();
    assertThat(contract.getRiskTier().name()).isEqualTo("HIGH");
    assertThat(contract.getModels()).extracting(ContractParticulars.PinnedModel::version).containsExactly("2026-09-01");
    assertThat(contract.getSignedDocuments()).extracting(Contract.SignedDocument::type).containsExactlyInAnyOrder("MSA", "DPA");
    assertThat(contract.getAcceptedRisks()).isEmpty();
    assertThat(contract.getRegisteredBy()).isEqualTo("demo-procurement");
    assertThat(register.vendor(contract.getVendorId()).getLegalName()).isEqualTo("Acme AI Ltd");

    var high = thresholds.forTier("HIGH");
    List<Obligation> obligations = register.obligations(contract.getId());
    assertThat(obligations).anySatisfy(o -> {
      assertThat(o.requirementId()).isEqualTo("INC-NOTICE-02");
      assertThat(o.code()).isEqualTo("breachNoticeSuspectedHours");
      assertThat(o.figure()).isEqualTo(String.valueOf(high.getInt("breachNoticeSuspectedHours")));
    });
    assertThat(obligations).extracting(Obligation::code).contains("breachNoticeConfirmedHours", "rootCauseBusinessDays",
        "correctiveActionBusinessDays", "auditEvidenceMonths", "logRetentionDays", "deletionOnRequestDays",
        "exportWindowDays", "modelChangeNoticeDays", "subprocessorNoticeDays", "regionChangeNoticeDays",
        ObligationRules.OBJECTION_CODE);
  }

  @Test
  void registeringTwiceKeepsOneEntryAndAVendorIsSharedAcrossContracts() {
    String name = "Shared Vendor " + System.nanoTime();
    String lei = ContractParticularsFixtures.lei(("SV" + System.nanoTime() + "0000000000000000").substring(0, 18));
    long first = registered(name, lei, org.llmprocurement.engine.EngineClock.today().plusYears(1), 30);
    Contract contract = register.find(first).orElseThrow();
    int obligations = register.obligations(first).size();

    Contract again = register.register(contract.getProcurementId());
    assertThat(again.getId()).isEqualTo(first);
    assertThat(register.obligations(first)).hasSize(obligations);

    long second = registered(name.toUpperCase(java.util.Locale.ROOT), "", org.llmprocurement.engine.EngineClock.today().plusYears(2), 30);
    assertThat(register.find(second).orElseThrow().getVendorId()).as("same legal name in other case: same vendor")
        .isEqualTo(contract.getVendorId());
    assertThat(register.vendor(contract.getVendorId()).getLei()).isEqualTo(lei);
  }

  @Test
  void registeringWithoutRecordedParticularsFails() {
    long procurementId = newProcurement("Nobody Recorded " + System.nanoTime());
    assertThatThrownBy(() -> register.register(procurementId)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no contract particulars are recorded");
  }
}
