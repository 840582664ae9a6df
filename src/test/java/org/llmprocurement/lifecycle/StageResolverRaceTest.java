package org.llmprocurement.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.llmprocurement.guard.JsonViews;
import org.llmprocurement.support.IntegrationTest;
import org.llmprocurement.support.Intakes;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The stage of a procurement read while it ends (issues 14 and 15, "reads during state changes"):
 * no open activity (waiting for an asynchronous continuation), no end event yet, and then the
 * instance is found ended. It ended at an end event that names a stage, so that stage is reported,
 * not a plain {@code ENDED}.
 */
class StageResolverRaceTest extends IntegrationTest {

  @Autowired
  StageResolver stages;

  @Test
  void anInstanceThatEndsAfterItsEndEventsWereReadIsReportedInTheStageOfItsEnd() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("requester", "demo-procurement");
    Intakes.customerSupportBot().forEach((name, value) -> variables.put(name, value instanceof List<?> list ? JsonViews.json(list) : value));
    String instanceId = engine.getRuntimeService().createProcessInstanceByKey(ProcurementLifecycle.KEY)
        .setVariables(variables).startBeforeActivity(ProcurementLifecycle.END_ABANDONED).execute(true, true).getId();
    assertThat(stages.stageOf(instanceId)).isEqualTo("PROCUREMENT_ABANDONED");

    StageResolver target = AopTestUtils.getUltimateTargetObject(stages);
    HistoryService real = engine.getHistoryService();
    HistoryService racing = Mockito.spy(real);
    AtomicInteger activityReads = new AtomicInteger();
    // the second activity read (the end events) is the one taken before the instance reached its end:
    // it sees no end event yet (a real query that matches nothing), the later reads see the instance ended
    Mockito.doAnswer(call -> activityReads.incrementAndGet() == 2
        ? real.createHistoricActivityInstanceQuery().activityId("not-reached-yet")
        : call.callRealMethod()).when(racing).createHistoricActivityInstanceQuery();
    ReflectionTestUtils.setField(target, "history", racing);
    String stage;
    try {
      stage = stages.stageOf(instanceId);
    } finally {
      ReflectionTestUtils.setField(target, "history", real);
      real.deleteHistoricProcessInstance(instanceId); // no procurement row behind it: leave nothing for other tests
    }

    assertThat(stage).as("the stage of its end, not a plain ENDED").isEqualTo("PROCUREMENT_ABANDONED");
    assertThat(activityReads.get()).as("the end events were read before and after the instance was found ended").isEqualTo(3);
  }
}
