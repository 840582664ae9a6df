package org.llmprocurement.engine;

import java.util.Date;
import org.camunda.bpm.engine.impl.batch.history.HistoricBatchEntity;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.DefaultHistoryRemovalTimeProvider;
import org.camunda.bpm.engine.impl.history.HistoryRemovalTimeProvider;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Keeps the history of a held record (see {@link RecordHold}): when a root process instance ends
 * whose business key a record holds, its hierarchy gets no removal time, so the history cleanup
 * keeps it until the record's owner sets one (the exit's "Retain and close" sets close + the tier's
 * retention); one that ends after its record was retained gets the same retention end. Every other
 * instance gets Camunda's default: end + its model's {@code historyTimeToLive}. Without this, a procurement's history (models at {@code P730D}) would be
 * removed two years after signature, long before a longer contract ends. Engine internals: the
 * removal-time provider is the engine's one place that decides a hierarchy's removal time.
 */
@Component
public class RecordHoldPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<RecordHold> holds;

  RecordHoldPlugin(ObjectProvider<RecordHold> holds) {
    this.holds = holds;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryRemovalTimeProvider(new HeldRecordRemovalTime(holds));
  }

  /** Camunda's default removal time, except none for a held business key. */
  static final class HeldRecordRemovalTime implements HistoryRemovalTimeProvider {

    private final DefaultHistoryRemovalTimeProvider defaults = new DefaultHistoryRemovalTimeProvider();
    private final ObjectProvider<RecordHold> holds;

    HeldRecordRemovalTime(ObjectProvider<RecordHold> holds) {
      this.holds = holds;
    }

    @Override
    public Date calculateRemovalTime(HistoricProcessInstanceEventEntity root, ProcessDefinition definition) {
      String businessKey = root.getBusinessKey();
      if (businessKey != null) {
        for (RecordHold hold : (Iterable<RecordHold>) holds.stream()::iterator) {
          RecordHold.Verdict verdict = hold.of(businessKey);
          if (verdict.kind() == RecordHold.Kind.HELD) {
            return null;
          }
          if (verdict.kind() == RecordHold.Kind.RETAINED) {
            return Date.from(verdict.removalTime());
          }
        }
      }
      return defaults.calculateRemovalTime(root, definition);
    }

    @Override
    public Date calculateRemovalTime(HistoricDecisionInstanceEntity root, DecisionDefinition definition) {
      return defaults.calculateRemovalTime(root, definition);
    }

    @Override
    public Date calculateRemovalTime(HistoricBatchEntity batch) {
      return defaults.calculateRemovalTime(batch);
    }
  }
}
