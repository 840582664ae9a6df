package org.llmprocurement.engine;

/**
 * Says whether the Camunda history of a business key is still part of a record we must keep (a
 * register entry that has not closed). Implemented by the stage that owns the record; asked by
 * {@link RecordHoldPlugin} whenever a root process instance ends.
 */
public interface RecordHold {

  /** Whether the history of process instances with this business key must be kept until further notice. */
  boolean holds(String businessKey);
}
