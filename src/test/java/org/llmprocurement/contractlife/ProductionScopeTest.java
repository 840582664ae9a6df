package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.llmprocurement.domain.Region;
import org.llmprocurement.domain.Surface;

/** Procurement's answer at "Confirm production scope": every problem named. Engine-free. */
@Tag("unit")
class ProductionScopeTest {

  private static Map<String, Object> promote() {
    Map<String, Object> raw = new HashMap<>();
    raw.put("decision", "PROMOTE");
    raw.put("surfaces", List.of("API", "CHAT_UI"));
    raw.put("regions", "[\"EU\",\"UK\"]");
    raw.put("expectedUsers", 5000);
    raw.put("comment", "");
    return raw;
  }

  @Test
  void aPromotionCarriesTheProductionScope() {
    List<String> problems = new ArrayList<>();
    PilotPromotions.ScopeDecision decision = ProductionScope.read(promote(), problems);

    assertThat(problems).isEmpty();
    assertThat(decision.decision()).isEqualTo(PilotPromotion.Decision.PROMOTE);
    assertThat(decision.surfaces()).containsExactly(Surface.API, Surface.CHAT_UI);
    assertThat(decision.regions()).containsExactly(Region.EU, Region.UK);
    assertThat(decision.expectedUsers()).isEqualTo(5000);
    assertThat(decision.comment()).isNull();
  }

  @Test
  void aPromotionWithoutScopeNamesEveryProblem() {
    Map<String, Object> raw = promote();
    raw.put("surfaces", List.of());
    raw.put("regions", "MARS");
    raw.put("expectedUsers", 2.5);
    List<String> problems = new ArrayList<>();

    assertThat(ProductionScope.read(raw, problems)).isNull();
    assertThat(problems).containsExactly(
        "surfaces: choose at least one of API, CHAT_UI, BATCH, FILE_UPLOAD, RETRIEVAL, MODERATION, EMBEDDINGS, ADMIN_CONSOLE",
        "regions: 'MARS' is not one of EU, EEA, UK, CH, US, CA, APAC, LATAM, MEA",
        "expectedUsers: a whole number from 1 to 10000000, got '2.5'");
  }

  @Test
  void endingThePilotNeedsAReasonAndNoScope() {
    Map<String, Object> raw = new HashMap<>();
    raw.put("decision", "end");
    raw.put("comment", "short");
    List<String> problems = new ArrayList<>();
    assertThat(ProductionScope.read(raw, problems)).isNull();
    assertThat(problems).containsExactly("comment: say why the pilot ends without production (at least 10 characters)");

    raw.put("comment", "The pilot showed too little benefit for the cost");
    problems.clear();
    PilotPromotions.ScopeDecision decision = ProductionScope.read(raw, problems);
    assertThat(problems).isEmpty();
    assertThat(decision.decision()).isEqualTo(PilotPromotion.Decision.END);
    assertThat(decision.surfaces()).isEmpty();
  }

  @Test
  void aDecisionIsRequired() {
    List<String> problems = new ArrayList<>();
    assertThat(ProductionScope.read(Map.of("decision", "MAYBE"), problems)).isNull();
    assertThat(problems).containsExactly("decision: 'MAYBE' is not PROMOTE or END");
    problems.clear();
    assertThat(ProductionScope.read(Map.of(), problems)).isNull();
    assertThat(problems).containsExactly("decision: required, PROMOTE or END");
  }
}
