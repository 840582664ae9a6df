package org.llmprocurement.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.negotiation.AcceptedRisk;
import org.llmprocurement.review.ReviewStatus;

/** Every path of the sign-off, started as the lifecycle's call activity would start it. */
class SignOffProcessTest extends SignOffTest {

  @Test
  void allFunctionsApproveAndTheContractIsSignedWithTheConfirmedAnswers() {
    reviewAll(Map.of());
    ProcessInstance instance = startSignOff();

    assertThat(instance).isWaitingAt(SignOffProcess.TASKS.values().toArray(String[]::new));
    for (String function : SignOffProcess.TASKS.keySet()) {
      var task = task(instance, function);
      assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).anyMatch(l -> function.equals(l.getGroupId()));
      assertThat(task.getName()).contains(" — Sign off for ");
      assertThat(engine.getTaskService().getVariablesLocal(task.getId()).keySet())
          .as("the form's values are worked out when read, not stored with the task")
          .doesNotContain("summary", "ownedQuestion", "sources", "tier", "decision");
      assertThat((String) view(task).get("summary")).contains("Q1 What does the SLA cover?").contains("Q5 What must the vendor do");
    }
    var it = view(task(instance, "it"));
    assertThat(it.get("ownedQuestion")).isEqualTo("Q1 What does the SLA cover?");
    assertThat((List<?>) it.get("slaRows")).as("API, CHAT_UI and RETRIEVAL in the EU").hasSize(3);
    assertThat(view(task(instance, "security")).get("noticeConfirmedHours")).as("the MET clause's 48 hours").isEqualTo(48);

    approveAll(instance);
    executeJobs();

    assertThat(endedAt(instance, SignOffProcess.END_SIGNED)).isTrue();
    assertThat(output(instance, "signOffOutcome")).isEqualTo("SIGNED");
    assertThat(output(instance, "returnReason")).isNull();
    var signed = signOffs.signed(review.procurementId).orElseThrow();
    assertThat(signed.signers()).containsOnlyKeys(SignOffProcess.TASKS.keySet());
    assertThat(signed.signers().get("legal").userId()).isEqualTo("demo-legal");
    assertThat(signed.answers().incident().confirmedHours()).isEqualTo(48);
    assertThat(signed.answers().data().rows()).extracting(FiveAnswers.DataRow::dataType).contains("EMBEDDINGS");
    assertThat(signed.items()).hasSize(decisions.items(review.procurementId).size())
        .allSatisfy(i -> assertThat(i.settledAs()).isEqualTo("MET"));
    assertThat(signed.items()).filteredOn(i -> i.requirementId().equals("SEC-ENC-01")).singleElement()
        .satisfies(i -> assertThat(i.signedBy()).isEqualTo("demo-security"));
    assertThat(signOffs.answerRecords(round().getId())).allSatisfy(a -> assertThat(a.confirmedBy()).isNotNull());
  }

  @Test
  void aRejectionSendsTheCaseBackToNegotiationWithTheReasonAfterEveryFunctionDecided() {
    reviewAll(Map.of());
    ProcessInstance instance = startSignOff();

    reject(instance, "legal", "NEGOTIATION", "The liability cap still excludes data breaches.", "LIA-CAP-01");
    executeJobs();
    assertThat(instance).as("the other functions still decide").isWaitingAt(SignOffProcess.TASKS.get("it"));
    for (String function : List.of("it", "security", "data-governance", "procurement")) {
      approve(instance, function);
    }
    executeJobs();

    assertThat(endedAt(instance, SignOffProcess.END_NEGOTIATION)).isTrue();
    assertThat(output(instance, "signOffOutcome")).isEqualTo("BACK_TO_NEGOTIATION");
    assertThat((String) output(instance, "returnReason")).contains("legal (demo-legal").contains("excludes data breaches");
    assertThat(output(instance, "returnItems")).isEqualTo("LIA-CAP-01");
    assertThat(round().getStatus()).isEqualTo(SignOff.Status.BACK_TO_NEGOTIATION);
    assertThat(decisions.item(review.procurementId, "LIA-CAP-01").orElseThrow().getStatus())
        .as("negotiation decides what changes; review items stay").isEqualTo(ReviewStatus.MET);
    assertThat(signOffs.signed(review.procurementId)).isEmpty();
  }

  @Test
  void aReviewErrorRejectionReopensTheNamedItemsAndReturnsToReview() {
    reviewAll(Map.of());
    ProcessInstance instance = startSignOff();

    reject(instance, "security", "REVIEW", "SEC-ENC-01 was judged on the old MSA; the signed version differs.", "SEC-ENC-01");
    for (String function : List.of("it", "legal", "data-governance", "procurement")) {
      approve(instance, function);
    }
    executeJobs();

    assertThat(endedAt(instance, SignOffProcess.END_REVIEW)).isTrue();
    assertThat(output(instance, "signOffOutcome")).isEqualTo("BACK_TO_REVIEW");
    assertThat(output(instance, "returnItems")).isEqualTo("SEC-ENC-01");
    var item = decisions.item(review.procurementId, "SEC-ENC-01").orElseThrow();
    assertThat(item.getStatus()).isEqualTo(ReviewStatus.OPEN);
    assertThat(item.getReopenReason()).contains("old MSA");
  }

  @Test
  void aReviewErrorNextToAVendorRejectionGoesToNegotiationWithAllItems() {
    reviewAll(Map.of());
    ProcessInstance instance = startSignOff();

    reject(instance, "security", "REVIEW", "SEC-ENC-01 was judged on the old MSA version.", "SEC-ENC-01");
    reject(instance, "legal", "NEGOTIATION", "The vendor must drop the unilateral change clause.", "DOC-VERSION-01");
    for (String function : List.of("it", "data-governance", "procurement")) {
      approve(instance, function);
    }
    executeJobs();

    assertThat(endedAt(instance, SignOffProcess.END_NEGOTIATION)).isTrue();
    assertThat(output(instance, "returnItems")).isEqualTo("SEC-ENC-01,DOC-VERSION-01");
    assertThat(decisions.item(review.procurementId, "SEC-ENC-01").orElseThrow().getStatus()).isEqualTo(ReviewStatus.MET);
  }

  @Test
  void aReviewErrorWithoutItemsAndARejectionWithoutReasonAreRefused() {
    reviewAll(Map.of());
    ProcessInstance instance = startSignOff();

    assertThatThrownBy(() -> reject(instance, "security", "REVIEW", "Wrong decision somewhere in the review.", ""))
        .hasMessageContaining("items: a review error must name the items to review again");
    assertThatThrownBy(() -> reject(instance, "security", null, "", "NOPE-01"))
        .hasMessageContaining("returnTo: choose NEGOTIATION")
        .hasMessageContaining("reason: say why")
        .hasMessageContaining("items: NOPE-01 is not under review");
    assertThat(signOffs.decisions(round().getId())).as("nothing written").isEmpty();
  }

  @Test
  void anApprovalWithAMissingFigureNamesItAndWritesNothing() {
    reviewAll(Map.of());
    ProcessInstance instance = startSignOff();
    var task = task(instance, "it");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = ((List<Map<String, Object>>) view(task).get("slaRows")).stream().map(r -> {
      Map<String, Object> row = new LinkedHashMap<>(r);
      if ("API".equals(row.get("surface"))) {
        row.put("latencyP99Ms", null);
      }
      return row;
    }).toList();

    assertThatThrownBy(() -> submit("demo-it", task, Map.of("decision", "APPROVE", "slaRows", rows)))
        .hasMessageContaining("Q1: p99 latency for API in EU");
    assertThat(signOffs.decisions(round().getId())).isEmpty();
    assertThat(signOffs.answerRecords(round().getId())).allSatisfy(a -> assertThat(a.confirmedBy()).isNull());
  }

  // ---- segregation of duties ------------------------------------------------------------------

  @Test
  void theRequesterCannotSignOff() {
    reviewAll(Map.of());
    ensureUser("signoff-requester-it", "it");
    // the requester happens to work in IT: make them the requester of this procurement
    jdbc.update("update procurement set requester = ? where id = ?", "signoff-requester-it", review.procurementId);
    ProcessInstance instance = startSignOff();

    assertThatThrownBy(() -> approve(instance, "it", "signoff-requester-it"))
        .hasMessageContaining("segregation of duties: signoff-requester-it requested this procurement and cannot sign it off");
    assertThat(signOffs.decisions(round().getId())).isEmpty();
  }

  @Test
  void onePersonCannotSignForTwoFunctions() {
    reviewAll(Map.of());
    ensureUser("signoff-two-hats", "it", "security");
    ProcessInstance instance = startSignOff();

    approve(instance, "it", "signoff-two-hats");
    assertThatThrownBy(() -> approve(instance, "security", "signoff-two-hats"))
        .hasMessageContaining("segregation of duties: signoff-two-hats already signed off for it in this sign-off and cannot also sign for security");
    assertThat(signOffs.decisions(round().getId())).extracting(SignOffDecision::getFunction).containsExactly("it");
  }

  @Test
  void theApproverOfAWaiverIsRecordedWithTheSignedItem() {
    reviewAll(Map.of("OPS-LOGS-01", row -> {
      row.put("decision", "WAIVED");
      row.put("justification", "Our own gateway keeps every request log; the vendor's copy adds nothing.");
      return row;
    }));
    var approval = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(review.businessKey())
        .taskDefinitionKey("UserTask_ApproveWaivers").singleResult();
    String approverGroup = engine.getTaskService().getIdentityLinksForTask(approval.getId()).get(0).getGroupId();
    ensureUser("waiver-approver-" + approverGroup, approverGroup);
    as("waiver-approver-" + approverGroup, () -> engine.getFormService().submitTaskForm(approval.getId(),
        org.camunda.bpm.engine.variable.Variables.createVariables().putValue("waivers", org.llmprocurement.guard.JsonViews.json(
            List.of(Map.of("requirementId", "OPS-LOGS-01", "approval", "APPROVE", "comment", "agreed"))))));
    executeJobs();
    ProcessInstance instance = startSignOff();
    approveAll(instance);
    executeJobs();

    assertThat(endedAt(instance, SignOffProcess.END_SIGNED)).isTrue();
    assertThat(signOffs.signed(review.procurementId).orElseThrow().items()).filteredOn(i -> i.requirementId().equals("OPS-LOGS-01"))
        .singleElement().satisfies(i -> {
          assertThat(i.settledAs()).isEqualTo("WAIVED");
          assertThat(i.approvalKind()).isEqualTo("WAIVER");
          assertThat(i.approvedBy()).isEqualTo("waiver-approver-" + approverGroup);
          assertThat(i.signedBy()).isEqualTo("demo-security");
        });
  }

  // ---- the gateway check ----------------------------------------------------------------------

  @Test
  void aGapNotMetBlocksAndProcurementSendsTheCaseBackWithEveryProblem() {
    reviewAll(Map.of("OPS-LOGS-01", gap("The MSA gives no self-service access to our logs.")));
    ProcessInstance instance = startSignOff();
    approveAll(instance);
    executeJobs();

    assertThat(instance).isWaitingAt(SignOffProcess.RESOLVE_BLOCKERS);
    assertThat(round().getStatus()).isEqualTo(SignOff.Status.BLOCKED);
    assertThat(signOffs.blockerList(round())).containsExactly("OPS-LOGS-01 (security): GAP, not met and not covered by an accepted risk");
    var task = resolveTask(instance);
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).anyMatch(l -> "procurement".equals(l.getGroupId()));
    assertThat((String) view(task).get("blockers")).contains("OPS-LOGS-01 (security): GAP");
    assertThat(view(task).get("items")).isEqualTo("OPS-LOGS-01");
    assertThat(engine.getTaskService().getVariablesLocal(task.getId()).keySet()).as("worked out when read, not stored")
        .doesNotContain("blockers", "items");

    assertThatThrownBy(() -> submit(BUYER, task, Map.of("returnTo", "REVIEW", "reason", "x", "items", "")))
        .hasMessageContaining("reason: say why").hasMessageContaining("items: a review error must name");
    assertThatThrownBy(() -> submit("demo-procurement", task, Map.of("returnTo", "NEGOTIATION", "reason", "The vendor must open its logs.")))
        .as("demo-procurement submitted the intake").hasMessageContaining("segregation of duties: demo-procurement requested this procurement");
    submit(BUYER, task, Map.of("returnTo", "NEGOTIATION", "reason", "The vendor must give us self-service access to our logs."));
    executeJobs();

    assertThat(endedAt(instance, SignOffProcess.END_NEGOTIATION)).isTrue();
    assertThat((String) output(instance, "returnReason")).contains("access to our logs").contains("Blockers: OPS-LOGS-01 (security): GAP");
    assertThat(output(instance, "returnItems")).isEqualTo("OPS-LOGS-01");
    assertThat(round().getResolvedBy()).isEqualTo(BUYER);
  }

  @Test
  void anAcceptedRiskCoversAGapUntilItExpires() {
    reviewAll(Map.of("OPS-LOGS-01", gap("The MSA gives no self-service access to our logs.")));
    assertThat(decisions.item(review.procurementId, "OPS-LOGS-01").orElseThrow().isNoGo()).isFalse();
    risks.accept(review.procurementId, List.of(new AcceptedRisk("OPS-LOGS-01", "Our own gateway keeps the request logs.",
        "Head of Customer Service", LocalDate.now().plusDays(30), "demo-manager", Instant.now())));

    ProcessInstance expired = startSignOff();
    approveAll(expired);
    EngineClock.set(Instant.now().plus(45, ChronoUnit.DAYS));
    executeJobs();
    assertThat(expired).isWaitingAt(SignOffProcess.RESOLVE_BLOCKERS);
    assertThat(signOffs.blockerList(round())).singleElement().asString()
        .startsWith("OPS-LOGS-01 (security): GAP; its accepted risk (owner Head of Customer Service) expired on");
    submit(BUYER, resolveTask(expired), Map.of("returnTo", "NEGOTIATION", "reason", "Renew or close the accepted risk."));
    executeJobs();
    EngineClock.reset();

    ProcessInstance held = startSignOff();
    approveAll(held);
    executeJobs();
    assertThat(endedAt(held, SignOffProcess.END_SIGNED)).isTrue();
    assertThat(signOffs.signed(review.procurementId).orElseThrow().items()).filteredOn(i -> i.requirementId().equals("OPS-LOGS-01"))
        .singleElement().satisfies(i -> {
          assertThat(i.settledAs()).isEqualTo("RISK_ACCEPTED");
          assertThat(i.riskAcceptedBy()).isEqualTo("demo-manager");
        });
    assertThat(signOffs.rounds(review.procurementId)).extracting(SignOff::getRound).containsExactly(1, 2);
  }

  @Test
  void anUnresolvedTraceabilityConflictBlocks() {
    reviewAll(Map.of());
    // two references that disagree with no controlling one recorded (e.g. data written before that rule)
    jdbc.update("update review_item set conflict = ?, controlling_reference = null where procurement_id = ? and requirement_id = ?",
        "breach notice: MSA v2 §9 says 48 hours, DPA v1 §7 says 72 hours", review.procurementId, "INC-NOTICE-01");
    ProcessInstance instance = startSignOff();
    approveAll(instance);
    executeJobs();

    assertThat(instance).isWaitingAt(SignOffProcess.RESOLVE_BLOCKERS);
    assertThat(signOffs.blockerList(round())).containsExactly("INC-NOTICE-01 (security): unresolved traceability conflict "
        + "(breach notice: MSA v2 §9 says 48 hours, DPA v1 §7 says 72 hours); nobody recorded which reference controls");
    submit(BUYER, resolveTask(instance), Map.of("returnTo", "REVIEW", "reason", "Record which reference controls.",
        "items", "INC-NOTICE-01"));
    executeJobs();
    assertThat(endedAt(instance, SignOffProcess.END_REVIEW)).isTrue();
    assertThat(decisions.item(review.procurementId, "INC-NOTICE-01").orElseThrow().getStatus()).isEqualTo(ReviewStatus.OPEN);
  }

  /**
   * The answers confirmed at the tasks are checked again at the gateway against what is stored (an
   * answer withdrawn or changed after its owner approved): each kind of missing answer is named.
   */
  @Test
  void theGatewayNamesEachKindOfMissingAnswer() {
    reviewAll(Map.of());
    ProcessInstance instance = startSignOff();
    approveAll(instance);
    long signOffId = round().getId();
    String[][] changes = {
        {"Q1", "\"latencyP99Ms\":3000", "\"latencyP99Ms\":null"},
        {"Q2", "\"thirdParty\":true", "\"thirdParty\":false"},
        {"Q3", "\"supportAccessRegions\":[\"EU\"]}]", "\"supportAccessRegions\":[]}]"},
        {"Q4", "\"confirmedHours\":48", "\"confirmedHours\":null"},
        {"Q5", "\"rootCauseBusinessDays\":5", "\"rootCauseBusinessDays\":null"}};
    for (String[] change : changes) {
      assertThat(jdbc.update("update sign_off_answer set answer = replace(answer, ?, ?) where sign_off_id = ? and question = ?",
          change[1], change[2], signOffId, change[0])).as(change[0]).isOne();
    }
    jdbc.update("update sign_off_answer set confirmed_by = null, confirmed_at = null where sign_off_id = ? and question = 'Q4'", signOffId);
    executeJobs();

    assertThat(instance).isWaitingAt(SignOffProcess.RESOLVE_BLOCKERS);
    assertThat(signOffs.blockerList(round())).containsExactly("Q1: p99 latency for API in EU",
        "Q1: p99 latency for CHAT_UI in EU", "Q1: p99 latency for RETRIEVAL in EU",
        "Q2: an on-site or third-party audit right (neither is granted)", "Q3: support access regions for support artefacts",
        "Q4: not confirmed by security", "Q4: notice of a confirmed incident (hours)",
        "Q5: root-cause analysis deadline (business days)");
  }
}
