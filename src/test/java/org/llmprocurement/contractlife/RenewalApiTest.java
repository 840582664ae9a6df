package org.llmprocurement.contractlife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.contracts.Contract;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.support.Api;

/** GET /api/contracts/{id}/renewal: the view's shape, the reviews so far, and who may read it. */
class RenewalApiTest extends RenewalTest {

  private long contractId;

  @BeforeEach
  void contractAndOutsider() {
    engine.getIdentityService().saveUser(with(engine.getIdentityService().newUser("renewal-outsider"), u -> u.setPassword("demo")));
    contractId = registered("View Vendor " + System.nanoTime(), "", EngineClock.today().plusDays(400), 60);
  }

  @AfterEach
  void removeOutsider() {
    engine.getIdentityService().deleteUser("renewal-outsider");
  }

  @Test
  void everyWorkingGroupAndManagersReadTheViewWithEveryListInItsShape() {
    Contract contract = register.find(contractId).orElseThrow();
    for (String user : new String[] {"demo-procurement", "demo-manager"}) {
      assertThat(api.get("/api/contracts/" + contractId + "/renewal", user).status()).as(user).isEqualTo(200);
    }
    // a reviewing group sees the entry once it has work on its procurement (issue 13); legal has none yet
    assertThat(api.get("/api/contracts/" + contractId + "/renewal", "demo-legal").status()).isEqualTo(403);
    JsonNode view = api.get("/api/contracts/" + contractId + "/renewal", "demo-manager").json();

    assertThat(view.get("contractId").asLong()).isEqualTo(contractId);
    assertThat(view.get("termEnd").asText()).isEqualTo(contract.getTermEnd().toString());
    assertThat(view.get("nonRenewalDeadline").asText()).isEqualTo(contract.getNonRenewalDeadline().toString());
    assertThat(view.get("defaultNewTermEnd").asText())
        .isEqualTo(RenewalRules.defaultNewTermEnd(contract.getEffectiveDate(), contract.getTermEnd()).toString());
    for (String list : new String[] {"slaViolations", "incidents", "vendorChangeNotices", "evidence", "waivedItems",
        "acceptedRisks", "missedObligations", "catalogueChanges", "reviews"}) {
      assertThat(view.get(list).isArray()).as(list).isTrue();
    }
    assertThat(view.get("reviews")).isEmpty();
  }

  @Test
  void theViewListsEachReviewWithItsAssessmentsAndDecisionRecord() {
    ProcessInstance instance = startReview(contractId);
    assessAll(instance, "RENEGOTIATE", "The availability figure is weak");
    complete("demo-procurement", task(instance, ContractRenewalProcess.DECIDE),
        Map.of("decision", "EXIT", "reason", "We move this use case in-house"));
    executeJobs(instance.getId());

    JsonNode review = api.get("/api/contracts/" + contractId + "/renewal", "demo-manager").json().get("reviews").get(0);
    assertThat(review.get("decision").asText()).isEqualTo("EXIT");
    assertThat(review.get("decidedBy").asText()).isEqualTo("demo-procurement");
    assertThat(review.get("reason").asText()).isEqualTo("We move this use case in-house");
    assertThat(review.get("outcome").asText()).isEqualTo("EXIT");
    assertThat(review.get("decidedAt").isNull()).isFalse();
    assertThat(review.get("assessments")).hasSize(4);
    assertThat(review.get("assessments").get(0).get("advice").asText()).isEqualTo("RENEGOTIATE");
    assertThat(review.get("assessments").get(0).get("comment").asText()).isEqualTo("The availability figure is weak");
  }

  @Test
  void theDecisionOverRestIsRefusedWithEveryProblemAndWritesNothing() {
    ProcessInstance instance = startReview(contractId);
    assessAll(instance, "RENEW", "");
    String decide = task(instance, ContractRenewalProcess.DECIDE).getId();
    String url = "/engine-rest/task/" + decide + "/submit-form";

    Api.Response bad = api.post(url, "demo-procurement", variables(Map.of("decision", "RENEW", "newTermEnd", "soon",
        "requirementIds", "SLA-AVAIL-01", "reason", "ok")));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("newTermEnd: 'soon' is not a date").contains("reason: say why")
        .contains("requirementIds: only a renegotiation lists requirements");
    assertThat(api.post(url, "demo-it", variables(Map.of("decision", "EXIT", "reason", "IT wants out of this contract")))
        .status()).as("only procurement decides").isEqualTo(403);
    assertThat(api.post(url, null, variables(Map.of("decision", "EXIT", "reason", "Nobody signed in here"))).status())
        .isEqualTo(401);

    assertThat(reviewOf(instance).getDecision()).as("nothing written").isNull();
    assertThat(instance).isWaitingAt(ContractRenewalProcess.DECIDE);
    assertThat(register.find(contractId).orElseThrow().getVersion()).isOne();

    Api.Response renewed = api.post(url, "demo-procurement", variables(Map.of("decision", "RENEW",
        "reason", "Renewed through the REST API")));
    assertThat(renewed.status()).as(renewed.body()).isEqualTo(204);
    executeJobs(instance.getId());
    assertThat(reviewOf(instance).getOutcome()).isEqualTo("RENEWED");
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return Map.of("variables", variables);
  }

  @Test
  void signedOutIs401OutsidersAre403UnknownEntriesAre404() {
    assertThat(api.get("/api/contracts/" + contractId + "/renewal", null).status()).isEqualTo(401);
    Api.Response outsider = api.get("/api/contracts/" + contractId + "/renewal", "renewal-outsider");
    assertThat(outsider.status()).isEqualTo(403);
    assertThat(outsider.body()).doesNotContain("defaultNewTermEnd");
    assertThat(api.get("/api/contracts/999999999/renewal", "demo-manager").status()).isEqualTo(404);
    assertThat(api.get("/api/contracts/abc/renewal", "demo-manager").status()).isEqualTo(400);
    assertThat(reviews.reviewsOf(contractId)).as("reading writes nothing").isEmpty();
  }
}
