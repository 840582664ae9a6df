package org.llmprocurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.llmprocurement.engine.EngineClock;
import org.llmprocurement.support.Api;
import org.llmprocurement.support.ContractEvents;

/** The register's side of the exit: freezing an entry for its exit, closing it, and what the API shows. */
class ContractFreezeCloseTest extends ContractTest {

  private String vendor;
  private long contractId;

  @BeforeEach
  void contract() {
    vendor = "Freeze Vendor " + System.nanoTime();
    contractId = registered(vendor, "", EngineClock.today().plusDays(400), 60);
  }

  private JsonNode entry() {
    Api.Response response = api.get("/api/contracts/" + contractId, "demo-manager");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  void freezingAnActiveEntryGivesNoticeOnceAndShowsTheExit() {
    assertThat(entry().get("frozenByExit").isNull()).isTrue();
    assertThat(register.frozenBy(contractId)).isEmpty();

    Instant at = EngineClock.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
    EngineClock.set(at);
    Contract frozen = register.freeze(contractId, 77L, "demo-procurement");
    assertThat(frozen.getStatus()).isEqualTo(ContractStatus.NOTICE_GIVEN);
    assertThat(frozen.getFrozenByExit()).isEqualTo(77L);
    assertThat(frozen.getFrozenAt()).isEqualTo(at);
    assertThat(register.frozenBy(contractId)).contains(77L);
    assertThat(ContractEvents.statusesOf(contractId)).extracting(ContractEvent.StatusChanged::status)
        .containsExactly(ContractStatus.NOTICE_GIVEN);

    // again for the same exit: nothing changes, nothing is published
    register.freeze(contractId, 77L, "demo-procurement");
    assertThat(ContractEvents.statusesOf(contractId)).hasSize(1);
    assertThatThrownBy(() -> register.freeze(contractId, 78L, "demo-procurement"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("already frozen by exit 77");
    assertThat(register.frozenBy(contractId)).contains(77L);

    JsonNode view = entry();
    assertThat(view.get("status").asText()).isEqualTo("NOTICE_GIVEN");
    assertThat(view.get("frozenByExit").asLong()).isEqualTo(77L);
    assertThat(view.get("frozenAt").isNull()).isFalse();
    JsonNode listed = api.get("/api/contracts?vendor=" + vendor.replace(" ", "%20"), "demo-manager").json().get("items").get(0);
    assertThat(listed.get("frozenByExit").asLong()).isEqualTo(77L);
  }

  @Test
  void aTerminatedEntryIsFrozenWithoutMovingAndClosedAtTheEndOfItsExit() {
    register.changeStatus(contractId, ContractStatus.TERMINATED);
    assertThat(register.freeze(contractId, 5L, null).getStatus()).isEqualTo(ContractStatus.TERMINATED);

    Instant at = EngineClock.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
    EngineClock.set(at);
    Contract closed = register.close(contractId, "demo-procurement");
    assertThat(closed.getStatus()).isEqualTo(ContractStatus.CLOSED);
    assertThat(closed.getClosedAt()).isEqualTo(at);
    register.close(contractId, "demo-procurement");
    assertThat(ContractEvents.statusesOf(contractId)).extracting(ContractEvent.StatusChanged::status)
        .containsExactly(ContractStatus.TERMINATED, ContractStatus.CLOSED);

    JsonNode view = entry();
    assertThat(view.get("status").asText()).isEqualTo("CLOSED");
    assertThat(view.get("closedAt").isNull()).isFalse();
    JsonNode closedList = api.get("/api/contracts?status=closed&vendor=" + vendor.replace(" ", "%20"), "demo-manager").json();
    assertThat(closedList.get("total").asLong()).isEqualTo(1);
    assertThat(closedList.get("items").get(0).get("status").asText()).isEqualTo("CLOSED");
    assertThat(api.get("/api/contracts/register.csv?status=CLOSED&vendor=" + vendor.replace(" ", "%20"), "demo-manager").body())
        .contains("CLOSED");

    Api.Response amend = api.request("PATCH", "/api/contracts/" + contractId, "demo-procurement",
        Map.of("reason", "Product renamed by the vendor", "product", "Acme Assist Max"));
    assertThat(amend.status()).isEqualTo(409);
    assertThat(amend.json().get("message").asText()).contains("CLOSED");
    assertThatThrownBy(() -> register.changeStatus(contractId, ContractStatus.ACTIVE)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> register.freeze(contractId, 5L, null)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anActiveEntryClosesDirectlyAndUnknownEntriesAreNotFound() {
    assertThat(register.close(contractId, null).getStatus()).isEqualTo(ContractStatus.CLOSED);
    assertThatThrownBy(() -> register.freeze(Long.MAX_VALUE, 1L, null)).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> register.close(Long.MAX_VALUE, null)).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> register.frozenBy(Long.MAX_VALUE)).isInstanceOf(NoSuchElementException.class);
    assertThat(api.get("/api/contracts?status=OPEN", "demo-it").json().get("problems").toString()).contains("CLOSED");
  }
}
