package org.llmprocurement.intake;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.engine.EngineIdentity;
import org.llmprocurement.engine.SystemAccess;
import org.llmprocurement.identity.Caller;
import org.llmprocurement.lifecycle.ProcurementLifecycle;
import org.llmprocurement.lifecycle.StageResolver;
import org.llmprocurement.web.ApiException;
import org.llmprocurement.web.QueryParameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Starts procurements from JSON and shows their intake, tier, stage and open tasks. */
@RestController
@RequestMapping(path = "/api/procurements", produces = MediaType.APPLICATION_JSON_VALUE)
class ProcurementController {

  private final IntakeService intake;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final StageResolver stages;
  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final ProcurementAccess access;

  ProcurementController(IntakeService intake, RuntimeService runtime, TaskService tasks, StageResolver stages,
      IdentityService identity, AuthorizationService authorizations, ProcurementAccess access) {
    this.access = access;
    this.intake = intake;
    this.runtime = runtime;
    this.tasks = tasks;
    this.stages = stages;
    this.identity = identity;
    this.authorizations = authorizations;
  }

  record Created(long id, String businessKey, String riskTier, String processInstanceId) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Created> create(@RequestBody Map<String, Object> body) {
    Caller user = EngineIdentity.current(identity);
    if (!authorizations.isUserAuthorized(user.userId(), user.groups(),
        ProcessDefinitionPermissions.CREATE_INSTANCE, Resources.PROCESS_DEFINITION, ProcurementLifecycle.KEY)) {
      throw ApiException.forbidden(user.userId() + " may not start procurements; the procurement group does");
    }
    IntakeValidator.Result result = intake.validate(body, user.userId());
    if (!result.valid()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid intake",
          result.problems().stream().map(IntakeValidator.Problem::toString).toList());
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    body.forEach((name, value) -> variables.put(name, value instanceof List<?> list ? JsonViews.json(list) : value));
    ProcessInstance instance = runtime.createProcessInstanceByKey(ProcurementLifecycle.KEY).setVariables(variables).execute();
    Procurement procurement = intake.findByProcessInstance(instance.getId())
        .orElseThrow(() -> new IllegalStateException("intake of " + instance.getId() + " was not recorded"));
    return ResponseEntity.created(URI.create("/api/procurements/" + procurement.getId()))
        .body(new Created(procurement.getId(), procurement.getBusinessKey(), procurement.getRiskTier().name(), instance.getId()));
  }

  /** One line of the portfolio. */
  record Summary(long id, String businessKey, String title, String vendor, String product, String riskTier, String stage) {}

  /** A page of the portfolio: {@code total} procurements match the filters. */
  record Portfolio(List<Summary> items, int page, int size, long total) {}

  /**
   * The procurements the caller may see ({@link ProcurementAccess#scope()}: managers, procurement
   * and administrators all; a reviewing function those it has or had tasks on), newest first or
   * sorted, paged; filters {@code vendor}, {@code tier}, {@code q} ({@link PortfolioQuery}). 400
   * naming each bad parameter; 200 with an empty list when nothing matches.
   */
  @GetMapping
  Portfolio list(@org.springframework.web.bind.annotation.RequestParam(required = false) String vendor,
      @org.springframework.web.bind.annotation.RequestParam(required = false) String tier,
      @org.springframework.web.bind.annotation.RequestParam(required = false) String q,
      @org.springframework.web.bind.annotation.RequestParam(required = false) String sort,
      @org.springframework.web.bind.annotation.RequestParam(required = false) String dir,
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") String page,
      @org.springframework.web.bind.annotation.RequestParam(defaultValue = "20") String size) {
    ProcurementAccess.Scope scope = access.scope();
    PortfolioQuery query = PortfolioQuery.parse(vendor, tier, q, sort, dir, page, size);
    var found = query.run(intake, scope);
    return new Portfolio(found.getContent().stream().map(p -> new Summary(p.getId(), p.getBusinessKey(), p.getTitle(),
        p.getVendor(), p.getProduct(), name(p.getRiskTier()), stages.stageOf(p.getProcessInstanceId()))).toList(),
        query.page(), query.size(), found.getTotalElements());
  }

  @GetMapping("/{id}")
  Map<String, Object> get(@PathVariable long id) {
    Procurement procurement = access.visible(id);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", procurement.getId());
    view.put("businessKey", procurement.getBusinessKey());
    view.put("processInstanceId", procurement.getProcessInstanceId());
    view.put("stage", stages.stageOf(procurement.getProcessInstanceId()));
    view.put("riskTier", name(procurement.getRiskTier()));
    view.put("proposedTier", name(procurement.getProposedTier()));
    view.put("tierConfirmedBy", procurement.getTierConfirmedBy());
    view.put("tierConfirmedAt", procurement.getTierConfirmedAt());
    view.put("catalogueVersion", procurement.getCatalogueVersion());
    view.put("thresholdsVersion", procurement.getThresholdsVersion());
    view.put("intake", intakeView(procurement));
    view.put("tierHistory", intake.tierHistory(id).stream().map(ProcurementController::tierChangeView).toList());
    view.put("openTasks", openTasks(procurement.getBusinessKey()));
    return view;
  }

  /** Open tasks of the lifecycle and of the processes it called (they share its business key). */
  private List<Map<String, Object>> openTasks(String businessKey) {
    return SystemAccess.withoutAuthorization(identity, () -> tasks.createTaskQuery()
        .processInstanceBusinessKey(businessKey).initializeFormKeys().orderByTaskCreateTime().asc().list().stream()
        .flatMap(task -> viewIfStillOpen(task).stream()).toList());
  }

  /**
   * The task's view; empty when it was completed (or its instance ended) between the query and
   * reading its candidate groups: the engine then no longer finds the task. Any other engine failure
   * (e.g. the database gone) is not a vanished task and is not hidden.
   */
  private java.util.Optional<Map<String, Object>> viewIfStillOpen(Task task) {
    try {
      return java.util.Optional.of(taskView(task));
    } catch (org.camunda.bpm.engine.exception.NullValueException completedMeanwhile) {
      return java.util.Optional.empty();
    }
  }

  private Map<String, Object> taskView(Task task) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", task.getId());
    view.put("name", task.getName());
    view.put("taskDefinitionKey", task.getTaskDefinitionKey());
    view.put("candidateGroups", tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList());
    view.put("assignee", task.getAssignee());
    view.put("created", task.getCreateTime() == null ? null : task.getCreateTime().toInstant());
    view.put("due", task.getDueDate() == null ? null : task.getDueDate().toInstant());
    return view;
  }

  private static Map<String, Object> intakeView(Procurement p) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("title", p.getTitle());
    view.put("vendor", p.getVendor());
    view.put("product", p.getProduct());
    view.put("useCase", p.getUseCase());
    view.put("requester", p.getRequester());
    view.put("submittedBy", p.getSubmittedBy());
    view.put("businessOwner", p.getBusinessOwner());
    view.put("technicalOwner", p.getTechnicalOwner());
    view.put("surfaces", p.getSurfaces());
    view.put("customerFacing", p.isCustomerFacing());
    view.put("regulatedData", p.isRegulatedData());
    view.put("dataCategories", p.getDataCategories());
    view.put("automatedDecisions", p.isAutomatedDecisions());
    view.put("euAiActHighRiskArea", p.getEuAiActHighRiskArea());
    view.put("deploymentStage", p.getDeploymentStage());
    view.put("allowedRegions", p.getAllowedRegions());
    view.put("expectedUsers", p.getExpectedUsers());
    view.put("existingContractId", p.getExistingContractId());
    view.put("createdAt", p.getCreatedAt());
    return view;
  }

  private static Map<String, Object> tierChangeView(TierChange change) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("kind", change.getKind());
    view.put("status", change.getStatus());
    view.put("oldTier", change.getOldTier());
    view.put("newTier", change.getNewTier());
    view.put("justification", change.getJustification());
    view.put("changedBy", change.getChangedBy());
    view.put("changedAt", change.getChangedAt());
    view.put("decidedBy", change.getDecidedBy());
    view.put("decidedAt", change.getDecidedAt());
    view.put("decisionComment", change.getDecisionComment());
    return view;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
