package org.llmprocurement.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ExitRequestsTest {

  @Test
  void aReasonIsKeptWithinTheEventsBounds() {
    assertThat(ExitRequests.fit("  Every function advises to leave  ")).isEqualTo("Every function advises to leave");
    String long4000 = "x".repeat(4000);
    assertThat(ExitRequests.fit(long4000)).hasSize(ContractRegister.MAX_REASON).endsWith("…");
    assertThat(ExitRequests.fit(null)).isEqualTo("Exit decided; no reason was given");
    assertThat(ExitRequests.fit("short")).isEqualTo("Exit decided; no reason was given: short");
  }
}
