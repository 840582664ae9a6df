package org.llmprocurement.notices.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.calendar.BusinessCalendar;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.contracts.ContractTest;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.notices.BreachKind;
import org.llmprocurement.notices.NoticeFixture;
import org.llmprocurement.notices.NoticeType;
import org.llmprocurement.notices.VendorBreach;
import org.llmprocurement.notices.VendorBreaches;
import org.llmprocurement.notices.VendorNotice;
import org.llmprocurement.notices.VendorNotices;
import org.llmprocurement.support.Intakes;
import org.llmprocurement.web.ApiException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code vendor-security-incident}, driven as the vendor and security would: a notice
 * in time tracked to closure with corrective actions closed one by one; a late notice recorded as a
 * breach and its missing contents demanded; missed updates, root-cause report and plan escalated
 * with the engine clock moved across Easter (never slept); our regulatory reports per regime with
 * their deadlines and escalation; refused completions that write nothing; hand recording.
 */
class SecurityIncidentProcessTest extends ContractTest {

  /** Thursday before Easter 2027: Good Friday (26 March) and Easter Monday (29 March) are German holidays. */
  private static final Instant THURSDAY = Instant.parse("2027-03-25T09:00:00Z");

  @Autowired
  VendorNotices notices;
  @Autowired
  VendorBreaches breaches;
  @Autowired
  SecurityIncidents incidents;
  @Autowired
  BusinessCalendar calendar;

  private Contract contract;

  @BeforeEach
  void aRegisteredContractOnTheThursdayBeforeEaster() {
    EngineClock.set(THURSDAY);
    contract = contract("NONE");
  }

  /** A HIGH contract whose procurement's use case is in the given EU AI Act area; its contract life running. */
  private Contract contract(String aiActArea) {
    String vendor = "Incident Vendor " + System.nanoTime();
    Map<String, Object> intake = Intakes.customerSupportBot();
    intake.put("vendor", vendor);
    intake.put("euAiActHighRiskArea", aiActArea);
    var created = api.post("/api/procurements", "demo-procurement", intake);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long procurementId = created.json().get("id").asLong();
    Map<String, Object> particulars = particulars(vendor, "", procurementId);
    particulars.put("termEnd", EngineClock.today().plusYears(2).toString());
    particulars.put("nonRenewalNoticeDays", 60);
    ProcessInstance registration = startRegistration(procurementId);
    submit("demo-procurement", particularsTask(registration), particulars);
    executeJobs(registration.getId());
    Contract registered = register.ofProcurement(procurementId).orElseThrow();
    executeJobs(life(registered).getId());
    return registered;
  }

  private ProcessInstance life(Contract c) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("contract-life")
        .processInstanceBusinessKey(c.getBusinessKey()).singleResult();
  }

  /** The vendor sends a signed notice; the contract life calls the incident process, which runs to its wait states. */
  private VendorNotice deliver(String payloadJson) {
    VendorNotice notice = NoticeFixture.deliver(notices, contract, NoticeType.SECURITY_INCIDENT, payloadJson.replace('\'', '"'));
    executeJobs(life(contract).getId());
    return notice;
  }

  private ProcessInstance incidentProcess(VendorNotice notice) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY)
        .processInstanceBusinessKey(contract.getBusinessKey()).variableValueEquals("noticeId", notice.getId()).singleResult();
  }

  private SecurityIncident incident(VendorNotice notice) {
    return incidents.ofNotice(notice.getId()).orElseThrow();
  }

  private static String complete(Instant aware, Instant told) {
    return "{'awareAt':'" + aware + "','notifiedAt':'" + told + "','severity':'HIGH',"
        + "'scope':'Prompt logs of EU tenants were readable by another tenant for six hours',"
        + "'affectedSystems':['prompt log store','support console'],'affectedData':['PERSONAL'],"
        + "'preliminaryCause':'A bucket policy was widened by a deployment',"
        + "'containment':'Policy reverted, access keys rotated','nextUpdateDueAt':'" + told.plus(Duration.ofHours(12)) + "'}";
  }

  private Task task(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private static Map<String, Object> classification(boolean gdpr, boolean dora, boolean aiAct, String aiActCase) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("personalDataBreach", gdpr);
    values.put("majorIctIncident", dora);
    values.put("aiActSerious", aiAct);
    values.put("aiActCase", aiActCase);
    values.put("classificationNote", "Assessed with the DPO on the vendor's scope statement");
    return values;
  }

  private static Map<String, Object> evidence(String text) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("evidenceDocumentIds", "");
    values.put("evidenceText", text);
    return values;
  }

  private static List<MimeMessage> mailsAbout(String subjectPart) {
    return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().contains(subjectPart);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static List<String> recipients(MimeMessage message) throws Exception {
    return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
  }

  private List<VendorBreach> breachesOf(BreachKind kind) {
    return breaches.ofContract(contract.getId()).stream().filter(b -> b.getKind() == kind).toList();
  }

  /** Moves the engine clock and runs the incident process's due jobs. */
  private void at(Instant moment, ProcessInstance instance) {
    EngineClock.set(moment);
    executeJobs(instance.getId());
  }

  @Test
  void aCompleteNoticeInTimeIsTrackedUntilEveryCorrectiveActionIsClosedOneByOne() {
    VendorNotice notice = deliver(complete(THURSDAY.minus(Duration.ofHours(3)), THURSDAY));
    ProcessInstance instance = incidentProcess(notice);

    assertThat(instance).hasPassed(IncidentProcess.OPEN_INCIDENT)
        .isWaitingAt(IncidentProcess.CLASSIFY, IncidentProcess.RECEIVE_ROOT_CAUSE, IncidentProcess.RECEIVE_PLAN)
        .hasNotPassed(IncidentProcess.OBTAIN_CONTENTS);
    assertThat(instance.getBusinessKey()).isEqualTo(contract.getBusinessKey());
    SecurityIncident incident = incident(notice);
    assertThat(incident.getAwareAt()).isEqualTo(THURSDAY.minus(Duration.ofHours(3)));
    assertThat(incident.getNotifiedAt()).isEqualTo(THURSDAY);
    assertThat(incident.getLateNotice()).isNull();
    assertThat(breaches.ofContract(contract.getId())).as("in time: no breach").isEmpty();
    assertThat(incident.getFigureSources()).as("no obligations of its own: the HIGH thresholds")
        .contains("rootCauseBusinessDays=THRESHOLD");
    Task rootCause = task(instance, IncidentProcess.RECEIVE_ROOT_CAUSE);
    assertThat(rootCause).hasCandidateGroup("security");
    assertThat(rootCause.getName()).startsWith(contract.getBusinessKey() + " · Incident Vendor ")
        .endsWith(" — Receive root-cause report");

    submit("demo-security", task(instance, IncidentProcess.CLASSIFY), classification(false, false, false, null));
    executeJobs(instance.getId());
    assertThat(instance).as("no regime: no report").hasNotPassed(IncidentProcess.SCHEDULE_REPORT, IncidentProcess.FILE_REPORT);
    assertThat(engine.getRuntimeService().getActivityInstance(instance.getId()).getActivityInstances(
        IncidentProcess.REPORT_TO_AUTHORITY + "#multiInstanceBody")).as("and none waiting to be filed").isEmpty();
    submit("demo-security", task(instance, IncidentProcess.RECEIVE_ROOT_CAUSE),
        evidence("Root cause: a deployment template widened the bucket policy; no review caught it."));
    Map<String, Object> plan = evidence("Plan of 30 March: two actions, owners named, due in April.");
    plan.put("actions", "Enforce bucket policy checks in the pipeline\n\n  Alert on cross-tenant reads  \n");
    submit("demo-security", task(instance, IncidentProcess.RECEIVE_PLAN), plan);
    executeJobs(instance.getId());

    assertThat(instance).isWaitingAt(IncidentProcess.CLOSE_ACTIONS);
    List<CorrectiveAction> actions = incidents.actions(incident.getId());
    assertThat(actions).extracting(CorrectiveAction::getTitle)
        .containsExactly("Enforce bucket policy checks in the pipeline", "Alert on cross-tenant reads");
    Task close = task(instance, IncidentProcess.CLOSE_ACTIONS);
    assertThatThrownBy(() -> submit("demo-security", close, Map.of("actions", List.of(
        Map.of("id", actions.get(0).getId(), "close", true, "evidence", "")))))
        .hasMessageContaining("actions: 'Enforce bucket policy checks in the pipeline' needs its evidence");
    assertThatThrownBy(() -> submit("demo-security", close, Map.of("actions", List.of())))
        .hasMessageContaining("actions: close at least one action");

    submit("demo-security", close, Map.of("actions", List.of(
        Map.of("id", actions.get(0).getId(), "close", true, "evidence", "Pipeline run 4711 shows the check"),
        Map.of("id", actions.get(1).getId(), "close", false, "evidence", ""))));
    executeJobs(instance.getId());
    assertThat(instance).as("one action still open: the incident cannot close").isWaitingAt(IncidentProcess.CLOSE_ACTIONS)
        .hasNotPassed(IncidentProcess.CLOSE_INCIDENT);
    assertThat(incidents.get(incident.getId()).getStatus()).isEqualTo(SecurityIncident.Status.OPEN);
    Task again = task(instance, IncidentProcess.CLOSE_ACTIONS);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) org.llmprocurement.guard.Values.plainValue(
        engine.getTaskService().getVariableLocal(again.getId(), "actions"));
    assertThat(rows).extracting(r -> r.get("title")).containsExactly("Alert on cross-tenant reads");

    submit("demo-security", again, Map.of("actions", List.of(
        Map.of("id", actions.get(1).getId(), "close", true, "evidence", "Alert rule ALR-77 screenshot"))));
    executeJobs(instance.getId());
    assertThat(instance).isEnded().hasPassed(IncidentProcess.CLOSE_INCIDENT, IncidentProcess.END_CLOSED);
    SecurityIncident closed = incidents.get(incident.getId());
    assertThat(closed.getStatus()).isEqualTo(SecurityIncident.Status.CLOSED);
    assertThat(incidents.actions(incident.getId())).allMatch(a -> !a.isOpen() && a.getClosedBy().equals("demo-security"));
    VendorNotice settled = notices.find(notice.getId()).orElseThrow();
    assertThat(settled.getStatus()).isEqualTo(VendorNotice.Status.HANDLED);
    assertThat(settled.getOutcome()).contains("2 corrective action(s) closed").contains("notice in time")
        .contains("no regulatory report required");
  }

  @Test
  void aLateNoticeIsAVendorBreachAndItsMissingContentsAreDemanded() {
    Instant aware = THURSDAY.minus(Duration.ofHours(40));
    Instant confirmed = THURSDAY.minus(Duration.ofHours(30));
    VendorNotice notice = deliver("{'awareAt':'" + aware + "','confirmedAt':'" + confirmed + "','severity':'CRITICAL',"
        + "'scope':'Customer chat transcripts exposed'}");
    ProcessInstance instance = incidentProcess(notice);
    SecurityIncident incident = incident(notice);

    assertThat(incident.getNotifiedAt()).as("no notifiedAt and no sentAt: when we received it").isEqualTo(THURSDAY);
    assertThat(incident.getLateNotice()).contains("told us 40 hours after becoming aware");
    List<VendorBreach> late = breachesOf(BreachKind.LATE_NOTICE);
    assertThat(late).hasSize(1);
    assertThat(late.get(0).getNoticeId()).isEqualTo(notice.getId());
    assertThat(late.get(0).getDescription()).startsWith("Security incident notice " + notice.getVendorNoticeId() + " came late")
        .contains("the contract allows " + incident.getSuspectedHours() + " hours");
    assertThat(incident.getMissingContents()).containsExactly("affectedSystems", "affectedData", "preliminaryCause",
        "containment", "nextUpdateDueAt");
    assertThat(instance).isWaitingAt(IncidentProcess.OBTAIN_CONTENTS, IncidentProcess.CLASSIFY,
        IncidentProcess.RECEIVE_ROOT_CAUSE, IncidentProcess.RECEIVE_PLAN);

    Task obtain = task(instance, IncidentProcess.OBTAIN_CONTENTS);
    assertThat(obtain).hasCandidateGroup("security");
    Map<String, Object> partial = new LinkedHashMap<>();
    partial.put("scope", "Customer chat transcripts exposed");
    partial.put("affectedSystems", "chat archive");
    partial.put("affectedData", List.of("PERSONAL", "FINANCIAL"));
    partial.put("preliminaryCause", "");
    partial.put("containment", null);
    partial.put("nextUpdateDueAt", null);
    assertThatThrownBy(() -> submit("demo-security", obtain, partial))
        .hasMessageContaining("preliminaryCause: still missing; ask the vendor for it")
        .hasMessageContaining("containment: still missing").hasMessageContaining("nextUpdateDueAt: still missing");
    assertThat(incidents.get(incident.getId()).getAffectedSystems()).as("refused: nothing written").isEmpty();

    partial.put("preliminaryCause", "Stolen support engineer credentials");
    partial.put("containment", "Credentials revoked, archive access limited to two admins");
    partial.put("nextUpdateDueAt", "2027-03-26T09:00Z");
    submit("demo-security", obtain, partial);
    executeJobs(instance.getId());
    SecurityIncident completed = incidents.get(incident.getId());
    assertThat(completed.getMissingContents()).isEmpty();
    assertThat(completed.getAffectedData()).extracting(Enum::name).containsExactly("PERSONAL", "FINANCIAL");
    assertThat(completed.getNextUpdateDueAt()).isEqualTo(Instant.parse("2027-03-26T09:00:00Z"));
    assertThat(instance).hasPassed(IncidentProcess.OBTAIN_CONTENTS);
  }

  @Test
  void missedUpdatesRootCauseAndPlanDeadlinesEscalateAcrossEasterAndCountAgainstTheVendor() throws Exception {
    VendorNotice notice = deliver(complete(THURSDAY.minus(Duration.ofHours(2)), THURSDAY));
    ProcessInstance instance = incidentProcess(notice);
    SecurityIncident incident = incident(notice);
    MAIL.purgeEmailFromAllMailboxes();
    int updateHours = incident.getUpdateHours();

    // the root-cause deadline skips Good Friday, the weekend and Easter Monday
    LocalDate rcaDue = calendar.plusBusinessDays(LocalDate.of(2027, Month.MARCH, 25), incident.getRootCauseDays());
    assertThat(incident.getRootCauseDue()).isEqualTo(rcaDue);
    assertThat(rcaDue).isAfter(LocalDate.of(2027, Month.MARCH, 29));
    assertThat(task(instance, IncidentProcess.RECEIVE_ROOT_CAUSE).getDueDate()).isEqualTo(IncidentRules.passedAt(rcaDue));
    Job rcaTimer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(IncidentProcess.ROOT_CAUSE_DEADLINE_PASSED).singleResult();
    assertThat(rcaTimer.getDuedate()).isEqualTo(IncidentRules.passedAt(rcaDue));

    // first update check: the notice itself counts
    at(THURSDAY.plus(Duration.ofHours(updateHours)).plusSeconds(30), instance);
    assertThat(instance).hasPassed(IncidentProcess.CHECK_UPDATE);
    assertThat(breachesOf(BreachKind.MISSED_DEADLINE)).isEmpty();

    // second check: nothing heard for a whole interval
    at(THURSDAY.plus(Duration.ofHours(2L * updateHours)).plusSeconds(30), instance);
    assertThat(breachesOf(BreachKind.MISSED_DEADLINE)).singleElement()
        .satisfies(b -> assertThat(b.getDescription()).contains("No update on security incident " + notice.getVendorNoticeId())
            .contains("every " + updateHours + " hours"));
    List<MimeMessage> missedUpdate = mailsAbout("Missed update:");
    assertThat(missedUpdate).hasSize(1);
    assertThat(recipients(missedUpdate.get(0))).containsExactly("demo-manager@example.org");

    // the vendor's update arrives through the API and counts for the next interval
    Instant updateAt = EngineClock.now().plus(Duration.ofHours(1));
    EngineClock.set(updateAt);
    VendorNotice update = deliver("{'updateOf':'" + notice.getVendorNoticeId() + "','summary':'Forensics done; 1,200 users affected',"
        + "'notifiedAt':'" + updateAt + "'}");
    var history = engine.getHistoryService();
    var updateInstance = history.createHistoricProcessInstanceQuery().processDefinitionKey(IncidentProcess.KEY)
        .variableValueEquals("noticeId", update.getId()).singleResult();
    assertThat(updateInstance.getEndTime()).as("an update ends at once").isNotNull();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(updateInstance.getId()).list())
        .extracting(a -> a.getActivityId()).contains(IncidentProcess.ADD_UPDATE, IncidentProcess.END_UPDATE_ADDED)
        .doesNotContain(IncidentProcess.OPEN_INCIDENT);
    assertThat(incidents.updates(incident.getId())).extracting(IncidentUpdate::getSummary)
        .containsExactly("Forensics done; 1,200 users affected");
    assertThat(notices.find(update.getId()).orElseThrow().getStatus()).isEqualTo(VendorNotice.Status.HANDLED);
    at(THURSDAY.plus(Duration.ofHours(3L * updateHours)).plusSeconds(30), instance);
    assertThat(breachesOf(BreachKind.MISSED_DEADLINE)).as("an update in the interval").hasSize(1);

    // the root-cause deadline: the vendor has the whole day
    Instant rcaPassed = IncidentRules.passedAt(rcaDue).toInstant();
    EngineClock.set(rcaPassed.minusSeconds(60));
    var management = engine.getManagementService();
    assertThat(management.createJobQuery().processInstanceId(instance.getId())
        .activityId(IncidentProcess.ROOT_CAUSE_DEADLINE_PASSED).executable().count()).isZero();
    submit("demo-security", task(instance, IncidentProcess.RECEIVE_PLAN), withActions(evidence(
        "Corrective-action plan received by e-mail, one action.")));
    at(rcaPassed.plusSeconds(60), instance);
    assertThat(instance).hasPassed(IncidentProcess.ESCALATE_ROOT_CAUSE).isWaitingAt(IncidentProcess.RECEIVE_ROOT_CAUSE);
    assertThat(breachesOf(BreachKind.MISSED_DEADLINE)).anySatisfy(b -> assertThat(b.getDescription())
        .contains("root-cause report for security incident " + notice.getVendorNoticeId() + " was due by " + rcaDue));
    List<MimeMessage> missedRca = mailsAbout("Missed deadline:");
    assertThat(missedRca).hasSize(1);
    assertThat(missedRca.get(0).getSubject()).contains("root-cause report");
    assertThat(recipients(missedRca.get(0))).containsExactly("demo-manager@example.org");
    assertThat(incidents.get(incident.getId()).getRootCauseEscalatedAt()).isEqualTo(rcaPassed.plusSeconds(60));
    assertThat(instance).as("the plan came in time").hasNotPassed(IncidentProcess.ESCALATE_PLAN);

    // the late root-cause report still closes the task; updates are no longer owed
    long missedBefore = breachesOf(BreachKind.MISSED_DEADLINE).size();
    submit("demo-security", task(instance, IncidentProcess.RECEIVE_ROOT_CAUSE),
        evidence("Late root-cause report: stolen credentials of a support engineer."));
    at(EngineClock.now().plus(Duration.ofDays(10)), instance);
    assertThat(breachesOf(BreachKind.MISSED_DEADLINE)).hasSize((int) missedBefore);
  }

  private static Map<String, Object> withActions(Map<String, Object> values) {
    values.put("actions", "Rotate every support credential");
    return values;
  }

  @Test
  void aMissedPlanDeadlineEscalatesOnce() throws Exception {
    VendorNotice notice = deliver(complete(THURSDAY.minus(Duration.ofHours(2)), THURSDAY));
    ProcessInstance instance = incidentProcess(notice);
    SecurityIncident incident = incident(notice);
    submit("demo-security", task(instance, IncidentProcess.RECEIVE_ROOT_CAUSE),
        evidence("Root cause: a deployment template widened the bucket policy."));
    MAIL.purgeEmailFromAllMailboxes();

    at(IncidentRules.passedAt(incident.getPlanDue()).toInstant().plusSeconds(60), instance);

    assertThat(instance).hasPassed(IncidentProcess.ESCALATE_PLAN).isWaitingAt(IncidentProcess.RECEIVE_PLAN)
        .hasNotPassed(IncidentProcess.ESCALATE_ROOT_CAUSE);
    assertThat(breachesOf(BreachKind.MISSED_DEADLINE)).singleElement().satisfies(b -> assertThat(b.getDescription())
        .contains("corrective-action plan for security incident " + notice.getVendorNoticeId()));
    assertThat(mailsAbout("Missed deadline:")).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).contains("corrective-action plan"));
  }

  @Test
  void gdprAndDoraReportsRunTheirOwnClocksAndEscalateWhenOverdue() throws Exception {
    VendorNotice notice = deliver(complete(THURSDAY.minus(Duration.ofHours(2)), THURSDAY));
    ProcessInstance instance = incidentProcess(notice);
    SecurityIncident incident = incident(notice);
    Instant classifiedAt = THURSDAY.plus(Duration.ofHours(21));
    EngineClock.set(classifiedAt);
    submit("demo-security", task(instance, IncidentProcess.CLASSIFY), classification(true, true, false, null));
    executeJobs(instance.getId());
    MAIL.purgeEmailFromAllMailboxes();

    List<Task> reportTasks = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(IncidentProcess.FILE_REPORT).orderByTaskName().asc().list();
    assertThat(reportTasks).hasSize(2);
    Task gdpr = reportTasks.stream().filter(t -> t.getName().contains("GDPR")).findFirst().orElseThrow();
    Task doraInitial = reportTasks.stream().filter(t -> t.getName().contains("DORA")).findFirst().orElseThrow();
    assertThat(gdpr).hasCandidateGroup("data-governance");
    assertThat(gdpr.getDueDate().toInstant()).as("72 hours from when the vendor told us").isEqualTo(THURSDAY.plus(Duration.ofHours(72)));
    assertThat(doraInitial).hasCandidateGroup("security");
    assertThat(doraInitial.getDueDate().toInstant()).as("4 h after classification would be 25 h after awareness: 24 h cap")
        .isEqualTo(THURSDAY.plus(Duration.ofHours(24)));

    at(THURSDAY.plus(Duration.ofHours(24)).plusSeconds(60), instance);
    assertThat(instance).hasPassed(IncidentProcess.ESCALATE_REPORT);
    List<MimeMessage> overdue = mailsAbout("Overdue: Submit the initial notification");
    assertThat(overdue).hasSize(1);
    assertThat(recipients(overdue.get(0))).containsExactly("demo-manager@example.org");
    assertThat(mailsAbout("Overdue: Notify the supervisory authority")).as("GDPR still in time").isEmpty();
    assertThat(breachesOf(BreachKind.MISSED_DEADLINE)).as("our own deadline, not the vendor's").isEmpty();

    Instant initialFiled = THURSDAY.plus(Duration.ofHours(26));
    EngineClock.set(initialFiled.plusSeconds(600));
    Map<String, Object> filing = new LinkedHashMap<>(evidence("Initial notification sent through the authority's portal."));
    filing.put("filedAt", initialFiled.toString());
    filing.put("authorityReference", "BAFIN-2027-0042");
    submit("demo-security", doraInitial, filing);
    executeJobs(instance.getId());
    Task intermediate = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(IncidentProcess.FILE_REPORT).taskNameLike("%intermediate%").singleResult();
    assertThat(intermediate.getDueDate().toInstant()).as("72 hours from the initial notification")
        .isEqualTo(initialFiled.plus(Duration.ofHours(72)));
    assertThat(incidents.reports(incident.getId())).filteredOn(r -> r.getReportKey().equals("DORA_INITIAL")).singleElement()
        .satisfies(r -> {
          assertThat(r.getFiledAt()).isEqualTo(initialFiled);
          assertThat(r.getAuthorityReference()).isEqualTo("BAFIN-2027-0042");
          assertThat(r.getEscalatedAt()).isNotNull();
        });

    Map<String, Object> early = new LinkedHashMap<>(filing);
    early.put("filedAt", THURSDAY.minus(Duration.ofHours(1)).toString());
    early.put("evidenceText", "short");
    assertThatThrownBy(() -> submit("demo-data-governance", gdpr, early))
        .hasMessageContaining("filedAt: " + THURSDAY.minus(Duration.ofHours(1)) + " lies before we were told")
        .hasMessageContaining("evidenceText: at least 20 characters");

    filing.put("filedAt", THURSDAY.plus(Duration.ofHours(25)).toString());
    submit("demo-data-governance", gdpr, filing);
    Instant intermediateFiled = THURSDAY.plus(Duration.ofHours(60));
    EngineClock.set(intermediateFiled);
    filing.put("filedAt", intermediateFiled.toString());
    submit("demo-security", intermediate, filing);
    executeJobs(instance.getId());
    Task finalReport = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(IncidentProcess.FILE_REPORT).taskNameLike("%final%").singleResult();
    assertThat(finalReport.getDueDate().toInstant()).as("one month from the intermediate report")
        .isEqualTo(Instant.parse("2027-04-27T21:00:00Z"));
    submit("demo-security", finalReport, filing);
    executeJobs(instance.getId());
    assertThat(instance).hasPassed(IncidentProcess.END_REGIME_REPORTED);
    assertThat(incidents.reports(incident.getId())).extracting(RegulatoryReport::getReportKey)
        .containsExactlyInAnyOrder("GDPR_ART33", "DORA_INITIAL", "DORA_INTERMEDIATE", "DORA_FINAL");
  }

  @Test
  void aSeriousIncidentInAHighRiskUseGivesLegalTheAiActDeadlineAndANoneUseRefusesIt() {
    VendorNotice none = deliver(complete(THURSDAY.minus(Duration.ofHours(2)), THURSDAY));
    ProcessInstance noneInstance = incidentProcess(none);
    assertThatThrownBy(() -> submit("demo-security", task(noneInstance, IncidentProcess.CLASSIFY),
        classification(false, false, true, "STANDARD")))
        .hasMessageContaining("aiActSerious: the use case is in no EU AI Act high-risk area");
    assertThat(incidents.get(incident(none).getId()).getClassifiedAt()).as("refused: nothing written").isNull();

    contract = contract("EMPLOYMENT");
    VendorNotice notice = deliver(complete(THURSDAY.minus(Duration.ofHours(2)), THURSDAY));
    ProcessInstance instance = incidentProcess(notice);
    submit("demo-security", task(instance, IncidentProcess.CLASSIFY), classification(false, false, true, "DEATH"));
    executeJobs(instance.getId());
    Task report = task(instance, IncidentProcess.FILE_REPORT);
    assertThat(report).hasCandidateGroup("legal");
    assertThat(report.getName()).endsWith(" — Report the serious incident to the market surveillance authority (EU AI Act Art. 73)");
    assertThat(report.getDueDate().toInstant()).as("10 days on a death").isEqualTo(THURSDAY.plus(Duration.ofDays(10)));
    assertThat(incident(notice).getAiActCase()).isEqualTo("DEATH");
  }

  @Test
  void aNoticeRecordedByHandFromTasklistStartsTheSameTracking() {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("contract", contract.getBusinessKey());
    form.put("receivedFromEmail", "security@vendor.example");
    form.put("vendorNoticeId", "");
    form.put("updateOf", "");
    form.put("awareAt", "2027-03-25T06:00Z");
    form.put("confirmedAt", null);
    form.put("notifiedAt", "2027-03-25T08:45Z");
    form.put("severity", "MEDIUM");
    form.put("scope", "Support ticket attachments indexed by a misconfigured crawler");
    form.put("affectedSystems", "ticket search\nattachment store");
    form.put("affectedData", List.of("CONFIDENTIAL_BUSINESS"));
    form.put("preliminaryCause", "Crawler allow-list too wide");
    form.put("containment", "Crawler stopped, index purged");
    form.put("nextUpdateDueAt", "2027-03-26T08:45Z");
    form.put("summary", "");
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(IncidentProcess.RECORD_KEY).latestVersion().singleResult().getId();

    Map<String, Object> bad = new LinkedHashMap<>(form);
    bad.put("receivedFromEmail", "not an address");
    bad.put("awareAt", "");
    bad.put("severity", null);
    assertThatThrownBy(() -> startForm(definitionId, bad))
        .hasMessageContaining("receivedFromEmail: required")
        .hasMessageContaining("payload.awareAt: required")
        .hasMessageContaining("payload.severity: required");
    assertThat(notices.ofContract(contract.getId())).isEmpty();

    startForm(definitionId, form);
    executeJobs(life(contract).getId());
    VendorNotice notice = notices.ofContract(contract.getId()).get(0);
    assertThat(notice.getSource()).isEqualTo(VendorNotice.Source.MANUAL);
    assertThat(notice.getRecordedBy()).isEqualTo("demo-security");
    assertThat(notice.getRecordedFromEmail()).isEqualTo("security@vendor.example");
    SecurityIncident incident = incident(notice);
    assertThat(incident.getNotifiedAt()).isEqualTo(Instant.parse("2027-03-25T08:45:00Z"));
    assertThat(incident.getAffectedSystems()).containsExactly("ticket search", "attachment store");
    assertThat(incidentProcess(notice)).isWaitingAt(IncidentProcess.CLASSIFY, IncidentProcess.RECEIVE_ROOT_CAUSE,
        IncidentProcess.RECEIVE_PLAN);
  }

  private void startForm(String definitionId, Map<String, Object> values) {
    VariableMap variables = Variables.createVariables();
    values.forEach((name, value) -> variables.putValue(name, value instanceof List<?> ? JsonViews.json(value) : value));
    AtomicReference<ProcessInstance> started = new AtomicReference<>();
    as("demo-security", () -> started.set(engine.getFormService().submitStartForm(definitionId, variables)));
  }

  @Test
  void anUpdateOfAnUnknownIncidentAndAMalformedNoticeAreRefusedNamingTheFields() {
    assertThatThrownBy(() -> NoticeFixture.deliver(notices, contract, NoticeType.SECURITY_INCIDENT,
        "{\"updateOf\":\"NOPE-1\",\"summary\":\"More news\"}"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.problems()).containsExactly(
            "payload.updateOf: no incident of contract " + contract.getBusinessKey()
                + " was notified with the vendor's notice id 'NOPE-1'"));
    assertThatThrownBy(() -> NoticeFixture.deliver(notices, contract, NoticeType.SECURITY_INCIDENT,
        "{\"awareAt\":\"soon\",\"severity\":\"HIGH\"}"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.problems()).singleElement().asString()
            .startsWith("payload.awareAt: an ISO-8601 instant"));
    assertThat(notices.ofContract(contract.getId())).isEmpty();
    assertThat(incidents.ofContract(contract.getId())).isEmpty();
  }
}
