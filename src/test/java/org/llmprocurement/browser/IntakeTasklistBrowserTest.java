package org.llmprocurement.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.llmprocurement.intake.Procurement;
import org.llmprocurement.intake.ProcurementRepository;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The intake as a procurement officer does it in Tasklist, in headless Chromium: the start form is
 * refused for an unknown requester (nothing is created), accepted once corrected, and the proposed
 * tier is then confirmed in the task form.
 */
@Tag("browser")
class IntakeTasklistBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final BrowserSupport browser = new BrowserSupport();

  @Autowired
  ProcurementRepository procurements;

  @Test
  void unknownRequesterIsRefusedOnTheStartFormThenTheIntakeStartsAndTheTierIsConfirmed() {
    long procurementsBefore = procurements.count();
    Set<String> instancesBefore = intakeInstanceIds();
    Tasklist tasklist = new Tasklist(browser, port).login("demo-procurement");

    FormJs start = tasklist.startProcess("LLM procurement").withKeysFrom("forms/intake-start.form");
    fillCustomerSupportBot(start);
    start.fill("requester", "nobody-we-know");
    tasklist.clickDialogButton("Start");

    String refusal = tasklist.waitForDialogError("requester: 'nobody-we-know' is not a known user id");
    assertThat(refusal).contains("The process could not be started");
    assertThat(procurements.count()).as("procurement rows").isEqualTo(procurementsBefore);
    assertThat(intakeInstanceIds()).as("process instances").isEqualTo(instancesBefore);

    assertThat(start.value("Requester (user id)")).as("the form keeps the answers").isEqualTo("nobody-we-know");
    start.clear("requester");
    tasklist.clickDialogButton("Start").waitForDialogClosed();

    Set<String> started = intakeInstanceIds();
    started.removeAll(instancesBefore);
    assertThat(started).as("instances started from the form").hasSize(1);
    String instanceId = started.iterator().next();
    Procurement procurement = procurements.findByProcessInstanceId(instanceId).orElseThrow();
    assertThat(procurement.getTitle()).isEqualTo("Support chatbot for EU customers");
    assertThat(procurement.getRequester()).as("requester left empty: the signed-in user").isEqualTo("demo-procurement");
    assertThat(procurement.getSubmittedBy()).isEqualTo("demo-procurement");
    assertThat(procurement.getProposedTier()).hasToString("HIGH");

    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(ProcurementLifecycle.CONFIRM_TIER).singleResult();
    tasklist.openFilter("My group's tasks");
    FormJs confirm = tasklist.openTask(task.getId(), "Confirm risk tier and scope");
    assertThat(confirm.text()).contains("The risk-tier table proposes HIGH for this request");
    assertThat(confirm.value("Intake")).as("the intake summary (a Json value) shows as text")
        .startsWith(procurement.getBusinessKey() + " – Support chatbot for EU customers")
        .contains("Use case: Answers customer questions about orders from our knowledge base").doesNotStartWith("\"");
    assertThat(confirm.selected("Confirmed risk tier")).isEqualTo("HIGH");
    assertThat(confirm.checked("Product surfaces in scope")).containsExactlyInAnyOrder("API", "Chat UI", "Retrieval");
    assertThat(confirm.checked("Field_allowedRegions")).containsExactly("European Union");

    tasklist.claim().completeAndWait(() -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0)
        .waitForTaskGone(task.getId());
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("task completed").isZero();
    executeJobs();

    JsonNode view = api.get("/api/procurements/" + procurement.getId(), "demo-procurement").json();
    assertThat(view.get("stage").asText()).isEqualTo("CLAUSE_REVIEW");
    assertThat(view.get("riskTier").asText()).isEqualTo("HIGH");
    assertThat(view.get("tierConfirmedBy").asText()).isEqualTo("demo-procurement");
  }

  /** The answers of {@code Intakes.customerSupportBot()}, typed and ticked as a user would. */
  static void fillCustomerSupportBot(FormJs form) {
    form.fill("Title", "Support chatbot for EU customers")
        .fill("Vendor", "Acme AI")
        .fill("Product", "Acme Assist Enterprise")
        .fill("Use case", "Answers customer questions about orders from our knowledge base")
        .fill("Business owner", "Head of Customer Service")
        .fill("Technical owner", "Platform Engineering")
        .checklist("Product surfaces in scope", "API", "Chat UI", "Retrieval")
        .check("Customers see or rely on the output", true)
        .check("Regulated data (e.g. banking, insurance, health, public sector) flows through the service", false)
        .checklist("Data categories", "Personal data")
        .check("The output is used for decisions about people", false)
        .select("EU AI Act Annex III high-risk area", "None")
        .radio("Deployment stage", "Production")
        .checklist("Regions where our data may be stored and processed", "European Union")
        .fill("Expected users", 5000);
  }

  private Set<String> intakeInstanceIds() {
    List<HistoricProcessInstance> instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcurementLifecycle.KEY).list();
    return instances.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
  }
}
