package org.llmprocurement.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.llmprocurement.engine.EngineClock;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every engine-backed test: one shared Spring context (same configuration everywhere, so
 * Spring caches it), the real HTTP server on a random port, and a real in-process SMTP server.
 * Tagged "integration": the PostgreSQL suite runs exactly these. Process test coverage is recorded
 * for every test; reports land in {@code target/process-test-coverage/}.
 */
@Tag("integration")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class IntegrationTest {

  protected static final GreenMail MAIL = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static {
    MAIL.start();
  }

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
  }

  @LocalServerPort
  protected int port;

  @Autowired
  protected ProcessEngine engine;

  @Autowired
  private org.llmprocurement.notices.VendorNotices vendorNotices;

  protected Api api;

  @BeforeEach
  void initEngineAndClients() {
    BpmnAwareTests.init(engine);
    api = new Api("http://localhost:" + port);
  }

  /**
   * Processes that live for months or years (a contract's life and what it starts). A test's
   * instances are removed after it, so that no timer of theirs fires in a later test that moves
   * the engine clock and runs every due job.
   */
  static final java.util.List<String> LONG_LIVED = java.util.List.of("contract-life", "audit-evidence-cadence",
      "audit-evidence-request", "contract-renewal-review", "pilot-promotion-review", "data-deletion-request", "contract-exit");

  @AfterEach
  void resetClockAndUser() {
    EngineClock.reset();
    engine.getIdentityService().clearAuthentication();
    var runtime = engine.getRuntimeService();
    java.util.List<String> keys = new java.util.ArrayList<>(LONG_LIVED);
    vendorNotices.handlers().forEach(handler -> keys.addAll(handler.processes()));
    for (String key : keys) {
      runtime.createProcessInstanceQuery().processDefinitionKey(key).rootProcessInstances().list()
          .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test finished", true, true));
    }
  }

  /** Runs work as a signed-in user of the Java API, as Tasklist would. */
  protected void as(String userId, Runnable work) {
    var identity = engine.getIdentityService();
    var groups = identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    identity.setAuthentication(userId, groups);
    try {
      work.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Executes every due job, as the job executor would. */
  /**
   * The values a process variable of one process instance was given, oldest first, as its history
   * records them: one historic detail per value once the value has changed, and for a variable that
   * never changed its historic instance alone (AuditHistoryLevel.FirstValueOnChange).
   */
  protected java.util.List<Object> valuesRecorded(String processInstanceId, String variable) {
    var history = engine.getHistoryService();
    java.util.List<Object> changes = history.createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates()
        .orderPartiallyByOccurrence().asc().list().stream()
        .map(d -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
        .filter(d -> variable.equals(d.getVariableName())).map(d -> d.getValue()).toList();
    if (!changes.isEmpty()) {
      return changes;
    }
    return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(variable)
        .list().stream().map(v -> v.getValue()).toList();
  }

  protected void executeJobs() {
    var management = engine.getManagementService();
    for (int round = 0; round < 20; round++) {
      var jobs = management.createJobQuery().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  /** Runs the due jobs of one process instance (and nothing else) until none is left. */
  protected void executeJobs(String processInstanceId) {
    var management = engine.getManagementService();
    for (int round = 0; round < 20; round++) {
      var jobs = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> management.executeJob(job.getId()));
    }
  }

  protected static <T> T with(T value, Consumer<T> change) {
    change.accept(value);
    return value;
  }
}
