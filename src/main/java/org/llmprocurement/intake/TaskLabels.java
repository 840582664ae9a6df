package org.llmprocurement.intake;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.llmprocurement.guard.TaskCreatedHook;
import org.llmprocurement.identity.TaskListColumns;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every task names its procurement: when any user task of any stage is created (its own name set by
 * its guard already), the name is prefixed with "business key · vendor · product — " and the three
 * are written as task-local variables, the columns of the shared Tasklist filters
 * ({@link TaskListColumns}). Runs before the e-mail notice, which then carries the same name. A task
 * whose process has no procurement business key keeps its name.
 */
@Component
@Order(0)
class TaskLabels implements TaskCreatedHook {

  /** Longest task name the engine stores (ACT_RU_TASK.NAME_). */
  static final int MAX_NAME = 255;

  private final ProcurementRepository procurements;

  TaskLabels(ProcurementRepository procurements) {
    this.procurements = procurements;
  }

  @Override
  public void taskCreated(DelegateTask task) {
    String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    if (businessKey == null || businessKey.isBlank()) {
      return;
    }
    procurements.findByBusinessKey(businessKey).ifPresent(procurement -> {
      task.setName(label(procurement.getBusinessKey(), procurement.getVendor(), procurement.getProduct(), task.getName()));
      task.setVariableLocal(TaskListColumns.PROCUREMENT, procurement.getBusinessKey());
      task.setVariableLocal(TaskListColumns.VENDOR, procurement.getVendor());
      task.setVariableLocal(TaskListColumns.PRODUCT, procurement.getProduct());
    });
  }

  /**
   * "LLMP-2026-00017 · Acme AI · Acme Assist — Review security clauses: …", at most
   * {@value #MAX_NAME} characters (the task's own name is cut, never the procurement).
   */
  static String label(String businessKey, String vendor, String product, String name) {
    String prefix = businessKey + " · " + vendor + " · " + product + " — ";
    if (prefix.length() > MAX_NAME / 2) {
      prefix = prefix.substring(0, MAX_NAME / 2 - 4) + "… — ";
    }
    String own = name == null ? "" : name;
    String full = prefix + own;
    return full.length() <= MAX_NAME ? full : full.substring(0, MAX_NAME - 1) + "…";
  }
}
