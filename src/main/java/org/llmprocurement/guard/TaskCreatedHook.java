package org.llmprocurement.guard;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Something to do whenever any user task is created, after its form view is built. */
public interface TaskCreatedHook {
  void taskCreated(DelegateTask task);
}
