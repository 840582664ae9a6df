package org.llmprocurement.contractlife;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.Api;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the audit evidence tests: a HIGH contract whose review found every requirement MET with
 * the review fixture's SOC 2 document (issued two months ago) as evidence, registered, its contract
 * life and evidence cadence started.
 */
abstract class AuditEvidenceFixture extends ContractTest {

  @Autowired
  CatalogueService catalogue;

  @Autowired
  AuditEvidence evidence;

  ReviewFixture review;

  /** The day the review's evidence document was issued (its effective date). */
  static LocalDate reviewEvidenceIssued() {
    return LocalDate.now(ZoneOffset.UTC).minusMonths(2);
  }

  /** Registers a reviewed HIGH contract and runs its contract life up to the waiting cadence; returns its id. */
  long signedContract() {
    review = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
    review.reviewAll((role, row) -> review.met(row));
    executeJobs(review.processInstanceId);
    long procurementId = review.procurementId;
    Map<String, Object> particulars = particulars("Evidence Vendor " + System.nanoTime(), "", procurementId);
    particulars.put("termEnd", EngineClock.today().plusYears(3).toString());
    particulars.put("nonRenewalNoticeDays", 60);
    ProcessInstance registration = startRegistration(procurementId);
    submit("demo-procurement", particularsTask(registration), particulars);
    executeJobs(registration.getId());
    long contractId = register.ofProcurement(procurementId).orElseThrow().getId();
    settle(contractId);
    return contractId;
  }

  String businessKeyOf(long contractId) {
    return register.find(contractId).orElseThrow().getBusinessKey();
  }

  /** Runs the due jobs of the contract's life, its cadence and its evidence requests. */
  void settle(long contractId) {
    String businessKey = businessKeyOf(contractId);
    for (int round = 0; round < 5; round++) {
      for (String key : List.of(ContractLifeProcess.KEY, AuditEvidenceProcess.KEY, EvidenceRequestProcess.KEY)) {
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key)
            .processInstanceBusinessKey(businessKey).list().forEach(instance -> executeJobs(instance.getId()));
      }
    }
  }

  ProcessInstance cadenceOf(long contractId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AuditEvidenceProcess.KEY)
        .processInstanceBusinessKey(businessKeyOf(contractId)).singleResult();
  }

  List<ProcessInstance> requestInstances(long contractId) {
    return new ArrayList<>(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EvidenceRequestProcess.KEY)
        .processInstanceBusinessKey(businessKeyOf(contractId)).list());
  }

  /** Uploads an EVIDENCE document to the contract's procurement, as procurement does; returns its id. */
  long uploadEvidence(long procurementId, String title) {
    Api.Response response = api.upload("/api/procurements/" + procurementId + "/documents", "demo-procurement",
        Map.of("type", "EVIDENCE", "title", title),
        new Api.FilePart("file", title.replace(' ', '-') + ".pdf", "application/pdf",
            ("%PDF-1.4 " + title + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8)));
    if (response.status() != 201) {
      throw new AssertionError(response.toString());
    }
    return response.json().get("id").asLong();
  }
}
