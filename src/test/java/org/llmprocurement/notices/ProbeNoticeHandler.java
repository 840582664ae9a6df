package org.llmprocurement.notices;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.llmprocurement.contracts.Contract;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A stand-in handler for the HTTP tests: it takes the place of the real handler of one type for the
 * duration of a test (and gives it back), so the API is tested apart from any notice type's rules.
 * Its payload needs a {@code summary} text; its handling process waits in one user task.
 */
final class ProbeNoticeHandler implements VendorNoticeHandler {

  static final String PROCESS = "vendor-api-probe";
  static final NoticeType TYPE = NoticeType.SERVICE_CHANGE;

  private final VendorNotices notices;
  private final ProcessEngine engine;
  private VendorNoticeHandler replaced;
  private Deployment deployment;

  ProbeNoticeHandler(VendorNotices notices, ProcessEngine engine) {
    this.notices = notices;
    this.engine = engine;
  }

  @SuppressWarnings("unchecked")
  private EnumMap<NoticeType, VendorNoticeHandler> handlers() {
    return (EnumMap<NoticeType, VendorNoticeHandler>) ReflectionTestUtils.getField(notices, "handlers");
  }

  ProbeNoticeHandler install() {
    deployment = engine.getRepositoryService().createDeployment().name(PROCESS)
        .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
            .startEvent().userTask("UserTask_LookAtNotice").endEvent().done())
        .deploy();
    replaced = handlers().put(TYPE, this);
    return this;
  }

  void uninstall() {
    if (replaced != null) {
      handlers().put(TYPE, replaced);
    } else {
      handlers().remove(TYPE);
    }
    if (deployment != null) {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Override
  public NoticeType type() {
    return TYPE;
  }

  @Override
  public String handlingProcess() {
    return PROCESS;
  }

  @Override
  public String recordingProcess() {
    return "record-api-probe";
  }

  @Override
  public List<String> problems(JsonNode payload, Contract contract) {
    List<String> problems = new ArrayList<>();
    if (!payload.path("summary").isTextual() || payload.path("summary").asText().isBlank()) {
      problems.add("payload.summary: required, what changes");
    }
    return problems;
  }

  @Override
  public Set<String> processes() {
    return Set.of(PROCESS);
  }

  @Override
  public Set<String> forms() {
    return Set.of();
  }

  @Override
  public Set<Class<?>> guards() {
    return Set.of();
  }
}
