package org.llmprocurement.review;

import org.llmprocurement.lifecycle.ProcurementLifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** Every path of the clause review, driven as the reviewers and approvers would drive it. */
class ReviewProcessTest extends ReviewTest {

  private ProcessInstance lifecycle() {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(fixture.processInstanceId).singleResult();
  }

  @Test
  void everyRoleGetsItsOwnTasksWithOneRowPerOwnedRequirement() {
    assertThat(lifecycle()).isWaitingAt("CallActivity_ReviewItClauses", "CallActivity_ReviewSecurityClauses",
        "CallActivity_ReviewLegalClauses", "CallActivity_ReviewDataGovernanceClauses", "CallActivity_ReviewProcurementClauses");
    long items = decisions.items(fixture.procurementId).size();
    assertThat(items).isEqualTo(catalogue.forTier("HIGH").size());
    int rows = 0;
    for (String role : ClauseReviewProcess.ROLES) {
      assertThat(fixture.tasks(role)).as(role + " has review tasks").isNotEmpty();
      for (var task : fixture.tasks(role)) {
        assertThat(task.getName()).contains(" — Review ");
        assertThat(task.getDueDate()).isNotNull();
        var taskRows = fixture.rows(task);
        assertThat(taskRows).allSatisfy(row -> assertThat(catalogue.requirement((String) row.get("requirementId")).orElseThrow()
            .ownerRole().key()).isEqualTo(role));
        rows += taskRows.size();
      }
    }
    assertThat(rows).as("every item appears in exactly one row").isEqualTo((int) items);
  }

  /**
   * The role's package list is handed to the multi-instance transient and not stored; an operator who
   * starts the packages again by process instance modification gives it with the instruction
   * (docs/operations.md), and gets the same tasks.
   */
  @Test
  void anOperatorStartsARolesPackagesAgainWithThePackageListGivenInTheModification() {
    var before = fixture.tasks("security");
    String roleReview = before.get(0).getProcessInstanceId();
    java.util.List<String> keys = before.stream()
        .map(t -> (String) engine.getTaskService().getVariable(t.getId(), ClauseReviewProcess.PACKAGE)).sorted().toList();
    assertThat(engine.getRuntimeService().getVariable(roleReview, ClauseReviewProcess.PACKAGES.getName()))
        .as("not stored").isNull();
    String body = ClauseReviewProcess.REVIEW_PACKAGE + "#multiInstanceBody";
    String running = java.util.Arrays.stream(engine.getRuntimeService().getActivityInstance(roleReview).getChildActivityInstances())
        .filter(a -> body.equals(a.getActivityId())).findFirst().orElseThrow().getId();

    engine.getRuntimeService().createProcessInstanceModification(roleReview)
        .startBeforeActivity(body).setVariable(ClauseReviewProcess.PACKAGES.getName(), new java.util.ArrayList<>(keys))
        .cancelActivityInstance(running).execute();

    var after = fixture.tasks("security");
    assertThat(after).extracting(org.camunda.bpm.engine.task.Task::getId).as("new tasks")
        .doesNotContainAnyElementsOf(before.stream().map(org.camunda.bpm.engine.task.Task::getId).toList());
    assertThat(after.stream().map(t -> (String) engine.getTaskService().getVariable(t.getId(), ClauseReviewProcess.PACKAGE)).sorted())
        .as("one task per package, as before").containsExactlyElementsOf(keys);
  }

  @Test
  void allMetGoesStraightToSignOff() {
    fixture.reviewAll((role, row) -> fixture.met(row));
    executeJobs();

    assertThat(decisions.items(fixture.procurementId)).filteredOn(i -> i.getStatus() != ReviewStatus.MET)
        .extracting(i -> i.getRequirementId() + " " + i.getStatus() + " " + i.getFinding()).isEmpty();
    assertThat(reached(ProcurementLifecycle.SIGN_OFF)).as("sign-off follows without negotiation").isTrue();
    assertThat(reached(ProcurementLifecycle.NEGOTIATE_GAPS)).isFalse();
    assertThat(consolidation.latestOutcome(fixture.procurementId).orElseThrow().getOutcome()).isEqualTo(ReviewOutcome.Outcome.READY_FOR_SIGN_OFF);
    assertThat(decisions.items(fixture.procurementId)).allSatisfy(item -> {
      assertThat(item.getStatus()).as(item.getRequirementId() + " " + item.getFinding()).isEqualTo(ReviewStatus.MET);
      assertThat(item.getDecidedBy()).isNotNull();
      assertThat(item.getDecidedAt()).isNotNull();
    });
  }

  // ---- helpers --------------------------------------------------------------------------------

  private java.util.Map<String, Object> row(String requirementId) {
    String role = catalogue.requirement(requirementId).orElseThrow().ownerRole().key();
    return fixture.tasks(role).stream().flatMap(t -> fixture.rows(t).stream())
        .filter(r -> requirementId.equals(r.get("requirementId"))).findFirst().orElseThrow();
  }

  private org.camunda.bpm.engine.task.Task taskWith(String requirementId) {
    String role = catalogue.requirement(requirementId).orElseThrow().ownerRole().key();
    return fixture.tasks(role).stream().filter(t -> fixture.rows(t).stream().anyMatch(r -> requirementId.equals(r.get("requirementId"))))
        .findFirst().orElseThrow();
  }

  /** Everything MET except what the overrides say. */
  private void reviewAllWith(java.util.Map<String, java.util.function.UnaryOperator<java.util.Map<String, Object>>> overrides) {
    fixture.reviewAll((role, row) -> {
      var met = fixture.met(row);
      var override = overrides.get((String) row.get("requirementId"));
      return override == null ? met : override.apply(met);
    });
    executeJobs();
  }

  private static java.util.function.UnaryOperator<java.util.Map<String, Object>> decide(String decision, String justification) {
    return row -> {
      row.put("decision", decision);
      row.put("justification", justification);
      return row;
    };
  }

  private ReviewItem item(String requirementId) {
    return decisions.item(fixture.procurementId, requirementId).orElseThrow();
  }

  /** Whether the lifecycle has entered that activity (once) after the review. */
  private boolean reached(String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(fixture.processInstanceId)
        .activityId(activityId).count() == 1;
  }

  private org.camunda.bpm.engine.task.Task approvalTask(String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(fixture.businessKey())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  private void answer(String user, org.camunda.bpm.engine.task.Task task, String field, String decision, String comment) {
    assertThat(engine.getTaskService().getVariableLocal(task.getId(), field))
        .as(field + " is worked out when the form is read, never stored with the task (ADR 0008)").isNull();
    @SuppressWarnings("unchecked")
    var rows = (java.util.List<java.util.Map<String, Object>>) org.llmprocurement.guard.Values.plainValue(
        engine.getFormService().getTaskFormVariables(task.getId(), java.util.List.of(field), false).getValueTyped(field));
    var answered = rows.stream().map(r -> {
      var a = new java.util.LinkedHashMap<String, Object>();
      a.put("requirementId", r.get("requirementId"));
      a.put("approval", decision);
      a.put("comment", comment);
      return (java.util.Map<String, Object>) a;
    }).toList();
    as(user, () -> engine.getFormService().submitTaskForm(task.getId(),
        org.camunda.bpm.engine.variable.Variables.createVariables().putValue(field, org.llmprocurement.guard.JsonViews.json(answered))));
  }

  private void ensureUser(String userId, String group) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      var user = identity.newUser(userId);
      user.setPassword("demo");
      user.setEmail(userId + "@example.org");
      identity.saveUser(user);
      identity.createMembership(userId, group);
    }
  }

  // ---- paths ----------------------------------------------------------------------------------

  @Test
  void reopenedItemsAloneGoBackToTheirOwnersWithTheOtherDecisionsStanding() {
    reviewAllWith(java.util.Map.of());
    int round = decisions.reopen(fixture.procurementId, java.util.List.of("INC-NOTICE-01", "LOG-RET-01"), "Vendor revised the clauses in round 2");

    assertThat(round).isEqualTo(2);
    assertThat(packaging.packages(fixture.procurementId, "security")).containsExactly(ReviewPackage.of("incident_notice", "logging"));
    assertThat(packaging.itemsOf(fixture.procurementId, "security", ReviewPackage.of("incident_notice", "logging")))
        .as("the re-review task shows only the reopened items").extracting(ReviewItem::getRequirementId)
        .containsExactlyInAnyOrder("INC-NOTICE-01", "LOG-RET-01");
    assertThat(packaging.packages(fixture.procurementId, "legal")).as("nothing to redo for legal").isEmpty();
    assertThat(decisions.items(fixture.procurementId)).filteredOn(i -> i.getStatus() == ReviewStatus.MET)
        .hasSize(decisions.items(fixture.procurementId).size() - 2);
    assertThat(item("INC-NOTICE-01").getReopenReason()).as("the owner sees why the item came back")
        .isEqualTo("Vendor revised the clauses in round 2");
  }

  @Test
  void aGapEndsAtGapsFoundWithTheStoredGapList() {
    reviewAllWith(java.util.Map.of("SEC-ENC-01", decide("GAP", "The MSA says nothing about encryption at rest.")));

    assertThat(reached(ProcurementLifecycle.NEGOTIATE_GAPS)).isTrue();
    ReviewOutcome outcome = consolidation.latestOutcome(fixture.procurementId).orElseThrow();
    assertThat(outcome.getOutcome()).isEqualTo(ReviewOutcome.Outcome.NEGOTIATION_NEEDED);
    assertThat(outcome.getGapCount()).isOne();
    assertThat(outcome.getGaps()).contains("SEC-ENC-01").contains("encryption at rest");
    assertThat(item("SEC-ENC-01").getStatus()).isEqualTo(ReviewStatus.GAP);
    assertThat(item("SEC-ENC-01").getDecidedBy()).isEqualTo("demo-security");
  }

  @Test
  void aGapOnANoGoItemIsMarked() {
    assertThat(item("PRV-TRAIN-01").isNoGo()).isTrue();
    reviewAllWith(java.util.Map.of("PRV-TRAIN-01", decide("GAP", "The vendor keeps the right to train on prompts.")));

    ReviewOutcome outcome = consolidation.latestOutcome(fixture.procurementId).orElseThrow();
    assertThat(outcome.getNoGoGapCount()).isOne();
    assertThat(outcome.getGaps()).contains("\"requirementId\":\"PRV-TRAIN-01\"").contains("\"noGo\":true");
  }

  @Test
  void aVagueClauseEnteredAsMetBecomesAGapNamingThePhrase() {
    reviewAllWith(java.util.Map.of("INC-NOTICE-01", row -> {
      row.put("clauseText", "The Provider will use commercially reasonable efforts to notify the Customer of confirmed Security Incidents.");
      return row;
    }));

    ReviewItem notice = item("INC-NOTICE-01");
    assertThat(notice.getStatus()).isEqualTo(ReviewStatus.GAP);
    assertThat(notice.getAnalysisVerdict()).isEqualTo("VAGUE");
    assertThat(notice.getFinding()).contains("commercially reasonable efforts");
    assertThat(reached(ProcurementLifecycle.NEGOTIATE_GAPS)).isTrue();
  }

  @Test
  void aDisputedFindingApprovedByAManagerStandsAsMet() {
    reviewAllWith(java.util.Map.of("INC-NOTICE-01", row -> {
      row.put("clauseText", "The Provider shall notify the Customer promptly of confirmed Security Incidents.");
      row.put("disputeFinding", true);
      row.put("justification", "Exhibit C defines promptly as within 24 hours for this contract.");
      return row;
    }));
    assertThat(item("INC-NOTICE-01").getStatus()).isEqualTo(ReviewStatus.DISPUTE_PENDING);
    var task = approvalTask(ClauseReviewProcess.DECIDE_DISPUTES);
    assertThat(task).isNotNull();
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).anyMatch(l -> "managers".equals(l.getGroupId()));

    answer("demo-manager", task, "disputes", "APPROVE", null);
    executeJobs();

    ReviewItem notice = item("INC-NOTICE-01");
    assertThat(notice.getStatus()).isEqualTo(ReviewStatus.MET);
    assertThat(notice.getApprovedBy()).as("override recorded").isEqualTo("demo-manager");
    assertThat(notice.getFinding()).as("the analysis stays on record").contains("promptly");
    assertThat(reached(ProcurementLifecycle.SIGN_OFF)).isTrue();
  }

  @Test
  void aWaiverApprovedByTheNamedRoleNoLongerCountsAsAGap() {
    // at HIGH the tier thresholds name the approver group; an IT item is waived, approver is not the IT reviewer
    String approverGroup = pinned.thresholdsOf(fixture.procurementId).waiverApproverRole();
    ensureUser("approver-" + approverGroup, approverGroup);
    reviewAllWith(java.util.Map.of("SLA-THRU-02", decide("WAIVED", "Pilot volume is far below any rate limit.")));
    assertThat(item("SLA-THRU-02").getStatus()).isEqualTo(ReviewStatus.WAIVER_PENDING);
    var task = approvalTask(ClauseReviewProcess.APPROVE_WAIVERS);
    assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId())).anyMatch(l -> approverGroup.equals(l.getGroupId()));

    answer("approver-" + approverGroup, task, "waivers", "APPROVE", null);
    executeJobs();

    assertThat(item("SLA-THRU-02").getStatus()).isEqualTo(ReviewStatus.WAIVED);
    assertThat(item("SLA-THRU-02").getApprovedBy()).isEqualTo("approver-" + approverGroup);
    assertThat(reached(ProcurementLifecycle.SIGN_OFF)).isTrue();
  }

  @Test
  void aRefusedWaiverStaysAGap() {
    String approverGroup = pinned.thresholdsOf(fixture.procurementId).waiverApproverRole();
    ensureUser("approver-" + approverGroup, approverGroup);
    reviewAllWith(java.util.Map.of("SLA-THRU-02", decide("WAIVED", "Pilot volume is far below any rate limit.")));
    var task = approvalTask(ClauseReviewProcess.APPROVE_WAIVERS);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> answer("approver-" + approverGroup, task, "waivers", "REFUSE", ""))
        .hasMessageContaining("say why you refuse");
    answer("approver-" + approverGroup, task, "waivers", "REFUSE", "Production traffic will grow; keep the clause.");
    executeJobs();

    assertThat(item("SLA-THRU-02").getStatus()).isEqualTo(ReviewStatus.GAP);
    assertThat(reached(ProcurementLifecycle.NEGOTIATE_GAPS)).isTrue();
  }

  @Test
  void theReviewerCannotApproveTheirOwnWaiver() {
    String approverGroup = pinned.thresholdsOf(fixture.procurementId).waiverApproverRole();
    // an item owned by the approving group: its reviewer is a member of that group too
    String requirementId = catalogue.forTier("HIGH").stream()
        .filter(r -> r.ownerRole().key().equals(approverGroup) && !r.noGoAt(org.llmprocurement.domain.RiskTier.HIGH))
        .findFirst().orElseThrow().id();
    String reviewer = ReviewFixture.REVIEWERS.get(approverGroup);
    reviewAllWith(java.util.Map.of(requirementId, decide("WAIVED", "Accepted for the first year of the contract.")));
    var task = approvalTask(ClauseReviewProcess.APPROVE_WAIVERS);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> answer(reviewer, task, "waivers", "APPROVE", null))
        .hasMessageContaining(requirementId + ": " + reviewer + " decided this item and cannot approve it");
    assertThat(item(requirementId).getStatus()).isEqualTo(ReviewStatus.WAIVER_PENDING);

    ensureUser("second-" + approverGroup, approverGroup);
    answer("second-" + approverGroup, task, "waivers", "APPROVE", null);
    executeJobs();
    assertThat(item(requirementId).getStatus()).isEqualTo(ReviewStatus.WAIVED);
  }

  @Test
  void aNoGoItemCannotBeWaived() {
    var task = taskWith("PRV-TRAIN-01");
    var rows = fixture.rows(task).stream().map(r -> "PRV-TRAIN-01".equals(r.get("requirementId"))
        ? decide("WAIVED", "We accept training on anonymised data.").apply(fixture.met(r)) : fixture.met(r)).toList();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.submit("demo-data-governance", task, rows))
        .hasMessageContaining("PRV-TRAIN-01: is a no-go item at this tier and cannot be waived");
  }

  @Test
  void anIncompleteReviewIsRefusedNamingEachItemAndWritesNothing() {
    var task = fixture.tasks("security").get(0);
    var rows = fixture.rows(task);
    var filled = new java.util.ArrayList<java.util.Map<String, Object>>();
    for (int i = 0; i < rows.size(); i++) {
      var r = fixture.met(rows.get(i));
      if (i == 0) {
        r.put("decision", null);
      }
      if (i == 1) {
        r.put("evidenceDocumentId", null);
      }
      if (i == 2) {
        r.put("decision", "GAP");
        r.put("justification", "");
      }
      filled.add(r);
    }
    String first = (String) rows.get(0).get("requirementId");
    String second = (String) rows.get(1).get("requirementId");
    String third = (String) rows.get(2).get("requirementId");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.submit("demo-security", task, filled))
        .isInstanceOf(org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException.class)
        .hasMessageContaining(first + ": decision missing")
        .hasMessageContaining(second + ": MET needs the evidence document")
        .hasMessageContaining(third + ": GAP needs a justification");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(decisions.items(fixture.procurementId)).allSatisfy(i -> assertThat(i.getStatus()).isEqualTo(ReviewStatus.OPEN));
  }

  @Test
  void conflictingReferencesMustBeSettledThenTheControllingOneIsJudged() {
    var task = taskWith("INC-NOTICE-01");
    java.util.function.Function<String, java.util.List<java.util.Map<String, Object>>> rowsWith = controlling ->
        fixture.rows(task).stream().map(r -> {
          var m = fixture.met(r);
          if ("INC-NOTICE-01".equals(r.get("requirementId"))) {
            m.put("documentId", fixture.dpa);
            m.put("section", "DPA §7");
            m.put("clauseText", "The Processor shall notify the Controller of any confirmed Security Incident within 48 hours.");
            m.put("document2Id", fixture.msa);
            m.put("section2", "MSA §12");
            m.put("clause2Text", "The Provider shall notify the Customer of any confirmed Security Incident within seven (7) days.");
            m.put("controllingReference", controlling);
          }
          return m;
        }).toList();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.submit("demo-security", task, rowsWith.apply(null)))
        .hasMessageContaining("INC-NOTICE-01: the references disagree").hasMessageContaining("the more protective is PRIMARY");

    fixture.submit("demo-security", task, rowsWith.apply("PRIMARY"));
    ReviewItem notice = item("INC-NOTICE-01");
    assertThat(notice.getStatus()).isEqualTo(ReviewStatus.MET);
    assertThat(notice.getControllingReference()).isEqualTo("PRIMARY");
    assertThat(notice.getConflict()).contains("48 hours").contains("seven (7) days");
  }

  @Test
  void evidenceOlderThanTheRequirementAllowsIsRefused() {
    long stale = fixture.upload("EVIDENCE", "Old pen test summary", java.time.LocalDate.now().minusYears(3).toString());
    var task = fixture.tasks("security").get(0);
    var rows = fixture.rows(task).stream().map(r -> {
      var m = fixture.met(r);
      m.put("evidenceDocumentId", stale);
      return m;
    }).toList();
    String first = (String) rows.get(0).get("requirementId");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.submit("demo-security", task, rows))
        .hasMessageContaining(first + ": evidence EVIDENCE \"Old pen test summary\"").hasMessageContaining("older than");
  }

  @Test
  void notApplicableOnlyWhereTheCatalogueAllowsItForThisScope() {
    var task = taskWith("SEC-ENC-01");
    var rows = fixture.rows(task).stream().map(r -> "SEC-ENC-01".equals(r.get("requirementId"))
        ? decide("NOT_APPLICABLE", "We do not think this applies here.").apply(fixture.met(r)) : fixture.met(r)).toList();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.submit("demo-security", task, rows))
        .hasMessageContaining("SEC-ENC-01: NOT_APPLICABLE is not allowed for this procurement's scope");
  }

  @Test
  void theRequesterCannotReview() {
    // a second procurement asked for by a security reviewer
    var intake = org.llmprocurement.support.Intakes.customerSupportBot();
    intake.put("requester", "demo-security");
    var created = api.post("/api/procurements", "demo-procurement", intake).json();
    var confirm = engine.getTaskService().createTaskQuery().processInstanceId(created.get("processInstanceId").asText()).singleResult();
    as("demo-procurement", () -> engine.getFormService().submitTaskForm(confirm.getId(), java.util.Map.of("confirmedTier", "HIGH")));
    executeJobs();
    String businessKey = created.get("businessKey").asText();
    var task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskCandidateGroup("security").taskDefinitionKey(ClauseReviewProcess.REVIEW_CLAUSES).list().get(0);
    var rows = fixture.rows(task).stream().map(fixture::met).toList();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.submit("demo-security", task, rows))
        .hasMessageContaining("segregation of duties: demo-security requested this procurement");
  }

  @Test
  void anOverdueReviewEscalatesToManagersAndKeepsTheWork() throws Exception {
    MAIL.purgeEmailFromAllMailboxes();
    var due = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(fixture.businessKey())
        .taskCandidateGroup("legal").list().get(0).getDueDate();
    var before = decisions.items(fixture.procurementId).size();

    org.llmprocurement.engine.EngineClock.set(due.toInstant().plusSeconds(60));
    executeJobs();

    assertThat(MAIL.waitForIncomingEmail(5000, 1)).isTrue();
    assertThat(java.util.Arrays.stream(MAIL.getReceivedMessages()).map(m -> {
      try {
        return m.getSubject() + " -> " + java.util.Arrays.toString(m.getAllRecipients());
      } catch (Exception e) {
        return "";
      }
    })).anyMatch(s -> s.startsWith("Overdue: legal clause review of " + fixture.businessKey()) && s.contains("demo-manager@example.org"));
    assertThat(fixture.tasks("legal")).as("the reviewers' tasks stay open").isNotEmpty();
    assertThat(decisions.items(fixture.procurementId)).hasSize(before);
  }

  @Test
  void anApprovalCommentBeyondItsColumnIsRefusedNamingTheMaximum() {
    String approverGroup = pinned.thresholdsOf(fixture.procurementId).waiverApproverRole();
    ensureUser("approver-" + approverGroup, approverGroup);
    reviewAllWith(java.util.Map.of("SLA-THRU-02", decide("WAIVED", "Pilot volume is far below any rate limit.")));
    var task = approvalTask(ClauseReviewProcess.APPROVE_WAIVERS);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> answer("approver-" + approverGroup, task, "waivers", "REFUSE", "c".repeat(4001)))
        .hasMessageContaining("comment must be at most 4000 characters");
    assertThat(item("SLA-THRU-02").getStatus()).isEqualTo(ReviewStatus.WAIVER_PENDING);
  }
}
