package org.llmprocurement.engine;

import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs work after the current engine transaction has committed (e-mails, for instance), so that a
 * rolled-back step has no visible effect. Outside an engine command the work runs at once.
 */
public final class AfterCommit {

  private AfterCommit() {}

  public static void run(Runnable work) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      work.run();
    } else {
      context.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> work.run());
    }
  }
}
