package org.llmprocurement.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.llmprocurement.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deployed models, the guards and the stages fit together (the application would not have
 * started otherwise), and the form check reads fields the way form-js submits them.
 */
class DeployedModelCheckTest extends IntegrationTest {

  @Autowired
  DeployedModelCheck check;

  @Test
  void theDeployedModelsGuardsStagesAndFormsFitTogether() {
    assertThat(check.problems()).isEmpty();
  }

  @Test
  void aFormSubmitsItsEnabledKeysAndEachDynamicListAsOneValue() throws Exception {
    String form = """
        {"components": [
          {"type": "text", "text": "# Review"},
          {"type": "textarea", "key": "intakeSummary", "disabled": true},
          {"type": "select", "key": "confirmedTier"},
          {"type": "textfield", "key": "shownButSubmitted", "readonly": true},
          {"type": "group", "components": [{"type": "textarea", "key": "tierJustification"}]},
          {"type": "dynamiclist", "path": "items", "components": [{"type": "select", "key": "decision"}]}
        ]}""";
    Set<String> keys = new TreeSet<>();
    DeployedModelCheck.collect(new ObjectMapper().readTree(form).path("components"), keys);
    assertThat(keys).containsExactly("confirmedTier", "items", "shownButSubmitted", "tierJustification");
  }
}
