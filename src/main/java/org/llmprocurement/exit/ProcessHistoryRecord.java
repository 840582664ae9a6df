package org.llmprocurement.exit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * The Camunda history of every process instance of a contract: the instances with its business
 * key and every instance they called, with their activities, user tasks (assignee, start, end) and
 * the user operation log (who completed, claimed, changed what, when). Read page by page through
 * the engine's public history API.
 */
@Component
class ProcessHistoryRecord {

  static final String INSTANCES = "history/process-instances.json";
  static final String ACTIVITIES = "history/activities.json";
  static final String TASKS = "history/tasks.json";
  static final String OPERATIONS = "history/user-operations.json";

  private static final int PAGE = 500;

  /** Receives one element of a JSON array. */
  @FunctionalInterface
  interface Sink {
    void accept(Object element) throws IOException;
  }

  /** Hands every element of a JSON array to a sink, in order. */
  @FunctionalInterface
  interface Elements {
    void each(Sink sink) throws IOException;
  }

  /** Writes a JSON array of the elements to a stream. */
  @FunctionalInterface
  interface ArrayWriter {
    void write(OutputStream out, Elements elements) throws IOException;
  }

  private final HistoryService history;

  ProcessHistoryRecord(HistoryService history) {
    this.history = history;
  }

  void write(RecordArchive archive, String businessKey, ArrayWriter arrays) throws IOException {
    List<HistoricProcessInstance> instances = instances(businessKey);
    archive.add(INSTANCES, ContractRecordExport.JSON, out -> arrays.write(out, sink -> {
      for (HistoricProcessInstance p : instances) {
        sink.accept(instance(p));
      }
    }));
    archive.add(ACTIVITIES, ContractRecordExport.JSON, out -> arrays.write(out, sink -> {
      for (HistoricProcessInstance p : instances) {
        paged((first, max) -> history.createHistoricActivityInstanceQuery().processInstanceId(p.getId())
            .orderByHistoricActivityInstanceStartTime().asc().orderByActivityId().asc().listPage(first, max),
            a -> sink.accept(activity(p, a)));
      }
    }));
    archive.add(TASKS, ContractRecordExport.JSON, out -> arrays.write(out, sink -> {
      for (HistoricProcessInstance p : instances) {
        paged((first, max) -> history.createHistoricTaskInstanceQuery().processInstanceId(p.getId())
            .orderByHistoricActivityInstanceStartTime().asc().orderByTaskId().asc().listPage(first, max),
            t -> sink.accept(task(p, t)));
      }
    }));
    archive.add(OPERATIONS, ContractRecordExport.JSON, out -> arrays.write(out, sink -> {
      for (HistoricProcessInstance p : instances) {
        paged((first, max) -> history.createUserOperationLogQuery().processInstanceId(p.getId())
            .orderByTimestamp().asc().listPage(first, max), o -> sink.accept(operation(o)));
      }
    }));
  }

  /** The instances with the business key and, transitively, every instance they called; oldest first. */
  List<HistoricProcessInstance> instances(String businessKey) {
    Set<String> seen = new LinkedHashSet<>();
    List<HistoricProcessInstance> found = new ArrayList<>();
    Deque<HistoricProcessInstance> todo = new ArrayDeque<>(history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().asc().list());
    while (!todo.isEmpty()) {
      HistoricProcessInstance next = todo.poll();
      if (seen.add(next.getId())) {
        found.add(next);
        todo.addAll(history.createHistoricProcessInstanceQuery().superProcessInstanceId(next.getId()).list());
      }
    }
    found.sort(java.util.Comparator.comparing(HistoricProcessInstance::getStartTime).thenComparing(HistoricProcessInstance::getId));
    return found;
  }

  @FunctionalInterface
  private interface Each<T> {
    void accept(T element) throws IOException;
  }

  private static <T> void paged(BiFunction<Integer, Integer, List<T>> page, Each<T> each) throws IOException {
    for (int first = 0; ; first += PAGE) {
      List<T> rows = page.apply(first, PAGE);
      for (T row : rows) {
        each.accept(row);
      }
      if (rows.size() < PAGE) {
        return;
      }
    }
  }

  private static Map<String, Object> instance(HistoricProcessInstance p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.getId());
    m.put("businessKey", p.getBusinessKey());
    m.put("processDefinitionKey", p.getProcessDefinitionKey());
    m.put("processDefinitionVersion", p.getProcessDefinitionVersion());
    m.put("processDefinitionId", p.getProcessDefinitionId());
    m.put("superProcessInstanceId", p.getSuperProcessInstanceId());
    m.put("rootProcessInstanceId", p.getRootProcessInstanceId());
    m.put("state", p.getState());
    m.put("startUserId", p.getStartUserId());
    m.put("startTime", time(p.getStartTime()));
    m.put("endTime", time(p.getEndTime()));
    m.put("deleteReason", p.getDeleteReason());
    m.put("removalTime", time(p.getRemovalTime()));
    return m;
  }

  private static Map<String, Object> activity(HistoricProcessInstance p, HistoricActivityInstance a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.getId());
    m.put("processInstanceId", a.getProcessInstanceId());
    m.put("processDefinitionKey", p.getProcessDefinitionKey());
    m.put("activityId", a.getActivityId());
    m.put("activityName", a.getActivityName());
    m.put("activityType", a.getActivityType());
    m.put("assignee", a.getAssignee());
    m.put("taskId", a.getTaskId());
    m.put("calledProcessInstanceId", a.getCalledProcessInstanceId());
    m.put("startTime", time(a.getStartTime()));
    m.put("endTime", time(a.getEndTime()));
    m.put("canceled", a.isCanceled());
    return m;
  }

  private static Map<String, Object> task(HistoricProcessInstance p, HistoricTaskInstance t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.getId());
    m.put("processInstanceId", t.getProcessInstanceId());
    m.put("processDefinitionKey", p.getProcessDefinitionKey());
    m.put("taskDefinitionKey", t.getTaskDefinitionKey());
    m.put("name", t.getName());
    m.put("assignee", t.getAssignee());
    m.put("owner", t.getOwner());
    m.put("startTime", time(t.getStartTime()));
    m.put("endTime", time(t.getEndTime()));
    m.put("dueDate", time(t.getDueDate()));
    m.put("deleteReason", t.getDeleteReason());
    return m;
  }

  private static Map<String, Object> operation(UserOperationLogEntry o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", o.getId());
    m.put("operationId", o.getOperationId());
    m.put("timestamp", time(o.getTimestamp()));
    m.put("userId", o.getUserId());
    m.put("operationType", o.getOperationType());
    m.put("entityType", o.getEntityType());
    m.put("category", o.getCategory());
    m.put("property", o.getProperty());
    m.put("orgValue", o.getOrgValue());
    m.put("newValue", o.getNewValue());
    m.put("processInstanceId", o.getProcessInstanceId());
    m.put("processDefinitionKey", o.getProcessDefinitionKey());
    m.put("taskId", o.getTaskId());
    m.put("annotation", o.getAnnotation());
    return m;
  }

  private static String time(Date date) {
    return date == null ? null : date.toInstant().toString();
  }
}
