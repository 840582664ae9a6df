package org.llmprocurement.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.llmprocurement.catalogue.CatalogueService;
import org.llmprocurement.review.ReviewFixture;
import org.llmprocurement.support.Intakes;
import org.llmprocurement.support.IntegrationTest;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A procurement started on the previous model of the lifecycle (1.0.0, where the review ended the
 * process) goes on to negotiation after an upgrade to the current model, with the same process
 * instance and its history; instances already on the latest model are left alone, a second run does
 * nothing, an instance at an activity the new model lacks stays and is named in the log, and two
 * nodes migrating at once move every instance exactly once.
 *
 * <p>The 1.0.0 model is kept as {@code migration/llm-procurement-1.0.0.bpmn.xml}: a {@code .bpmn}
 * file on the test classpath would be deployed by the application itself. Every test leaves the
 * current model as the latest version for the tests that share the Spring context.
 */
class LifecycleMigrationTest extends IntegrationTest {

  private static final String PROBE = "migration-probe";

  @Autowired
  LifecycleMigration migration;

  @Autowired
  CatalogueService catalogue;

  @Test
  void aProcurementInReviewOnThePreviousModelReachesNegotiationAfterTheUpgrade() throws Exception {
    String previousDeployment = deployLifecycle(resource("/migration/llm-procurement-1.0.0.bpmn.xml"));
    try {
      ProcessDefinition previous = latestLifecycle();
      assertThat(previous.getVersionTag()).isEqualTo("1.0.0");

      // one procurement in review (IT has finished, so its branch waits at the asynchronous join) ...
      ReviewFixture review = new ReviewFixture(engine, api, catalogue).startReview(this::executeJobs);
      for (Task task : review.tasks("it")) {
        review.submit(ReviewFixture.REVIEWERS.get("it"), task, review.rows(task).stream().map(review::met).toList());
      }
      // ... and one still in intake, waiting for its tier to be confirmed
      JsonNode intake = api.post("/api/procurements", "demo-procurement", Intakes.internalPilotPublicData()).json();
      String inIntake = intake.get("processInstanceId").asText();
      Task confirm = engine.getTaskService().createTaskQuery().processInstanceId(inIntake).singleResult();
      assertThat(definitionOf(review.processInstanceId)).isEqualTo(previous.getId());
      assertThat(definitionOf(inIntake)).isEqualTo(previous.getId());
      JsonNode before = procurement(review.procurementId);
      assertThat(before.get("stage").asText()).isEqualTo("CLAUSE_REVIEW");
      assertThat(before.get("tierHistory")).isNotEmpty();

      deployLifecycle(resource("/llm-procurement.bpmn"));
      ProcessDefinition current = latestLifecycle();
      assertThat(current.getVersionTag()).isEqualTo("2.0.0");
      String onLatest = api.post("/api/procurements", "demo-procurement", Intakes.customerSupportBot()).json()
          .get("processInstanceId").asText();
      List<String> latestHistory = activityHistory(onLatest);

      LifecycleMigration.Result result = migration.migrate(ProcurementLifecycle.KEY);

      // (instances other tests left on the first deployment of the current model move along: same model, newer version)
      assertThat(result.migrated()).contains(review.processInstanceId, inIntake).doesNotContain(onLatest);
      assertThat(result.skipped()).isEmpty();
      assertThat(definitionOf(review.processInstanceId)).isEqualTo(current.getId());
      assertThat(definitionOf(inIntake)).isEqualTo(current.getId());
      assertThat(definitionOf(onLatest)).as("already on the latest model: untouched").isEqualTo(current.getId());
      assertThat(activityHistory(onLatest)).isEqualTo(latestHistory);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(inIntake).singleResult().getId())
          .as("the intake keeps its open task").isEqualTo(confirm.getId());

      LifecycleMigration.Result again = migration.migrate(ProcurementLifecycle.KEY);
      assertThat(again.migrated()).as("a second run finds nothing to do").isEmpty();
      assertThat(again.skipped()).isEmpty();
      assertThat(again.alreadyMoved()).isEmpty();
      assertThat(definitionOf(review.processInstanceId)).isEqualTo(current.getId());

      JsonNode upgraded = procurement(review.procurementId);
      assertThat(upgraded.get("processInstanceId").asText()).isEqualTo(review.processInstanceId);
      assertThat(upgraded.get("stage").asText()).isEqualTo("CLAUSE_REVIEW");
      assertThat(upgraded.get("tierHistory")).as("tier history kept").isEqualTo(before.get("tierHistory"));

      review.reviewAll((role, row) -> {
        Map<String, Object> decided = review.met(row);
        if ("SEC-ENC-01".equals(row.get("requirementId"))) {
          decided.put("decision", "GAP");
          decided.put("justification", "The MSA says nothing about encryption at rest.");
        }
        return decided;
      });
      executeJobs();

      JsonNode negotiating = procurement(review.procurementId);
      assertThat(negotiating.get("stage").asText()).as("the upgraded review hands over to negotiation")
          .isEqualTo("NEGOTIATION");
      assertThat(negotiating.get("processInstanceId").asText()).isEqualTo(review.processInstanceId);
      assertThat(negotiating.get("tierHistory")).isEqualTo(before.get("tierHistory"));
      assertThat(engine.getRuntimeService().getActiveActivityIds(review.processInstanceId))
          .contains(ProcurementLifecycle.NEGOTIATE_GAPS);
      assertThat(activityHistory(review.processInstanceId)).as("one history from intake to negotiation")
          .contains(ProcurementLifecycle.CONFIRM_TIER, ProcurementLifecycle.PREPARE_REVIEW,
              ProcurementLifecycle.REVIEW_IT, ProcurementLifecycle.CONSOLIDATE_REVIEW, ProcurementLifecycle.NEGOTIATE_GAPS)
          .doesNotContain("EndEvent_ReviewGapsFound");
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(review.businessKey()).processDefinitionKey(ProcurementLifecycle.KEY).count())
          .as("still one lifecycle instance").isOne();
    } finally {
      restoreCurrentLifecycle(previousDeployment);
    }
  }

  @Test
  void anInstanceAtAnActivityTheNewModelLacksStaysOnItsVersionAndIsNamedInTheLog() {
    ListAppender<ILoggingEvent> log = captureLog();
    List<String> deployments = new ArrayList<>();
    try {
      deployments.add(deployProbe("1.0.0", true));
      String kept = engine.getRuntimeService().startProcessInstanceByKey(PROBE, "probe-kept").getId();
      String removed = engine.getRuntimeService().createProcessInstanceByKey(PROBE).businessKey("probe-removed")
          .startBeforeActivity("Wait_Removed").execute().getId();
      String previous = definitionOf(kept);
      deployments.add(deployProbe("2.0.0", false));

      LifecycleMigration.Result result = migration.migrate(PROBE);

      assertThat(result.migrated()).containsExactly(kept);
      assertThat(result.skipped()).containsExactly(removed);
      assertThat(definitionOf(removed)).isEqualTo(previous);
      assertThat(definitionOf(kept)).isNotEqualTo(previous);
      assertThat(log.list).map(ILoggingEvent::getFormattedMessage)
          .anySatisfy(line -> assertThat(line).contains(removed, "probe-removed", "Wait_Removed", "Cockpit"))
          .anySatisfy(line -> assertThat(line).contains(PROBE, "1 running instance(s) moved", "1 left on their version"));
    } finally {
      ((Logger) LoggerFactory.getLogger(LifecycleMigration.class)).detachAppender(log);
      deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    }
  }

  @Test
  void twoNodesStartingAtOnceMoveEveryInstanceExactlyOnce() throws Exception {
    List<String> deployments = new ArrayList<>();
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      deployments.add(deployProbe("1.0.0", true));
      Set<String> instances = new HashSet<>();
      for (int i = 0; i < 8; i++) {
        instances.add(engine.getRuntimeService().startProcessInstanceByKey(PROBE).getId());
      }
      deployments.add(deployProbe("2.0.0", false));
      String target = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROBE)
          .latestVersion().singleResult().getId();

      CyclicBarrier start = new CyclicBarrier(2);
      List<Future<LifecycleMigration.Result>> runs = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        runs.add(nodes.submit(() -> {
          start.await(10, TimeUnit.SECONDS);
          return migration.migrate(PROBE);
        }));
      }
      LifecycleMigration.Result first = runs.get(0).get(60, TimeUnit.SECONDS);
      LifecycleMigration.Result second = runs.get(1).get(60, TimeUnit.SECONDS);

      List<String> migrated = Stream.concat(first.migrated().stream(), second.migrated().stream()).toList();
      assertThat(migrated).as("each instance moved by exactly one node").containsExactlyInAnyOrderElementsOf(instances);
      assertThat(first.skipped()).isEmpty();
      assertThat(second.skipped()).isEmpty();
      assertThat(instances).allSatisfy(id -> assertThat(definitionOf(id)).isEqualTo(target));
    } finally {
      nodes.shutdownNow();
      deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    }
  }

  @Test
  void versionTagsCompareNumberByNumber() {
    assertThat(LifecycleMigration.VersionTags.compare("1.0.0", "2.0.0")).isNegative();
    assertThat(LifecycleMigration.VersionTags.compare("1.10.0", "1.9.0")).isPositive();
    assertThat(LifecycleMigration.VersionTags.compare("2.0", "2.0.0")).isZero();
    assertThat(LifecycleMigration.VersionTags.compare(null, "1.0.0")).isNegative();
  }

  // ---- helpers --------------------------------------------------------------------------------

  private JsonNode procurement(long id) {
    return api.get("/api/procurements/" + id, "demo-procurement").json();
  }

  private String definitionOf(String processInstanceId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
        .getProcessDefinitionId();
  }

  private List<String> activityHistory(String processInstanceId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .orderPartiallyByOccurrence().asc().list().stream().map(HistoricActivityInstance::getActivityId).toList();
  }

  private ProcessDefinition latestLifecycle() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProcurementLifecycle.KEY)
        .latestVersion().singleResult();
  }

  /** Deploys a version of the lifecycle with the forms it uses, as the application deploys it. */
  private String deployLifecycle(byte[] bpmn) throws IOException {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
    Set<String> forms = new HashSet<>();
    model.getModelElementsByType(UserTask.class).forEach(t -> forms.add(t.getCamundaFormRef()));
    model.getModelElementsByType(StartEvent.class).forEach(s -> forms.add(s.getCamundaFormRef()));
    forms.remove(null);
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("lifecycle-migration-test")
        .addInputStream("llm-procurement.bpmn", new ByteArrayInputStream(bpmn));
    for (String form : forms) {
      deployment.addInputStream(form + ".form", new ByteArrayInputStream(resource("/" + form + ".form")));
    }
    return deployment.deploy().getId();
  }

  /** Whatever happened: nothing left on the previous model, and the current model is the latest version. */
  private void restoreCurrentLifecycle(String previousDeployment) throws IOException {
    engine.getIdentityService().clearAuthentication();
    var runtime = engine.getRuntimeService();
    for (ProcessDefinition previous : engine.getRepositoryService().createProcessDefinitionQuery()
        .deploymentId(previousDeployment).list()) {
      runtime.createProcessInstanceQuery().processDefinitionId(previous.getId()).list()
          .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test clean-up"));
    }
    if (previousDeployment.equals(latestLifecycle().getDeploymentId())) {
      deployLifecycle(resource("/llm-procurement.bpmn"));
    }
    assertThat(latestLifecycle().getVersionTag()).isEqualTo("2.0.0");
  }

  /** A process outside the lifecycle: 1.0.0 waits at Wait_Kept then Wait_Removed, 2.0.0 only at Wait_Kept. */
  private String deployProbe(String versionTag, boolean withRemovedStep) {
    var builder = Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLiveString("P730D")
        .camundaVersionTag(versionTag).startEvent("Start").receiveTask("Wait_Kept");
    BpmnModelInstance model = withRemovedStep
        ? builder.receiveTask("Wait_Removed").endEvent("End").done()
        : builder.endEvent("End").done();
    return engine.getRepositoryService().createDeployment().name(PROBE)
        .addModelInstance(PROBE + ".bpmn", model).deploy().getId();
  }

  private static ListAppender<ILoggingEvent> captureLog() {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    ((Logger) LoggerFactory.getLogger(LifecycleMigration.class)).addAppender(appender);
    return appender;
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = LifecycleMigrationTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("not on the classpath: " + path);
      }
      return in.readAllBytes();
    }
  }
}
