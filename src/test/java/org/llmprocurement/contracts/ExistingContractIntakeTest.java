package org.llmprocurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.Intakes;

/**
 * Intake's {@code existingContractReference}: a new use case runs under an existing register entry
 * only while that entry is open; one frozen by its exit, ended or unknown is refused naming the
 * field, over the product API and over the engine's REST start alike, and nothing is written.
 */
class ExistingContractIntakeTest extends ContractTest {

  private Contract open;

  @BeforeEach
  void anOpenContract() {
    open = register.find(registered("Existing Vendor " + System.nanoTime(), "", EngineClock.today().plusDays(400), 60))
        .orElseThrow();
  }

  private Contract another() {
    return register.find(registered("Existing Vendor " + System.nanoTime(), "", EngineClock.today().plusDays(400), 60))
        .orElseThrow();
  }

  private static Map<String, Object> intakeUnder(String reference) {
    Map<String, Object> intake = Intakes.customerSupportBot();
    intake.put("existingContractReference", reference);
    return intake;
  }

  private long started() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("llm-procurement").count();
  }

  private String refusal(String reference) {
    long before = started();
    Api.Response response = api.post("/api/procurements", "demo-procurement", intakeUnder(reference));
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(started()).as("nothing is started or written").isEqualTo(before);
    return response.json().get("problems").toString();
  }

  @Test
  void aNewUseCaseUnderAnOpenContractIsAcceptedAndShowsTheContract() {
    Api.Response created = api.post("/api/procurements", "demo-procurement", intakeUnder(" " + open.getContractReference() + " "));
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    var view = api.get("/api/procurements/" + created.json().get("id").asLong(), "demo-manager").json();
    assertThat(view.at("/intake/existingContractId").asLong()).isEqualTo(open.getId());

    Api.Response without = api.post("/api/procurements", "demo-procurement", intakeUnder(""));
    assertThat(without.status()).as("the field is optional").isEqualTo(201);
    assertThat(api.get("/api/procurements/" + without.json().get("id").asLong(), "demo-manager").json()
        .at("/intake/existingContractId").isNull()).isTrue();
  }

  @Test
  void aContractFrozenByItsExitTakesNoNewUseCase() {
    register.freeze(open.getId(), 41L, "demo-procurement");
    assertThat(refusal(open.getContractReference())).contains("existingContractReference: contract '"
        + open.getContractReference() + "' (" + open.getBusinessKey() + ") is frozen by exit 41");
  }

  @Test
  void endedAndUnknownContractsAreRefusedNamingTheField() {
    Contract terminated = another();
    register.changeStatus(terminated.getId(), ContractStatus.TERMINATED);
    assertThat(refusal(terminated.getContractReference())).contains("existingContractReference: contract '"
        + terminated.getContractReference() + "' (" + terminated.getBusinessKey() + ") is TERMINATED");

    Contract closed = another();
    register.close(closed.getId(), null);
    assertThat(refusal(closed.getContractReference())).contains("existingContractReference:").contains("is CLOSED");

    assertThat(refusal("REF-NOWHERE-1")).contains("existingContractReference: no register entry has the contract reference"
        + " 'REF-NOWHERE-1'");
  }

  @Test
  void theEngineRestStartIsRefusedTheSameWay() {
    register.freeze(open.getId(), 42L, null);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("title", Map.of("value", "Under a frozen contract"));
    variables.put("existingContractReference", Map.of("value", open.getContractReference()));
    long before = started();

    Api.Response response = api.post("/engine-rest/process-definition/key/llm-procurement/start", "demo-procurement",
        Map.of("variables", variables));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("existingContractReference: contract '" + open.getContractReference())
        .contains("is frozen by exit 42");
    assertThat(started()).isEqualTo(before);
  }
}
