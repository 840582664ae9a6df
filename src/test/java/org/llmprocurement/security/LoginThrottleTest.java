package org.llmprocurement.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class LoginThrottleTest {

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofSeconds(30), Duration.ofMinutes(15), now::get, 1000);

  private void later(Duration d) {
    now.set(now.get().plus(d));
  }

  @Test
  void lockIsTemporaryAndGrowsWithEachFurtherFailure() {
    for (int i = 0; i < 5; i++) {
      assertThat(throttle.failed("admin", "10.0.0.1")).as("free attempt " + i).isEmpty();
    }
    assertThat(throttle.failed("admin", "10.0.0.1")).contains(Duration.ofSeconds(30));
    assertThat(throttle.lockedFor("admin", "10.0.0.1")).contains(Duration.ofSeconds(30));
    later(Duration.ofSeconds(31));
    assertThat(throttle.lockedFor("admin", "10.0.0.1")).as("temporary").isEmpty();
    assertThat(throttle.failed("admin", "10.0.0.1")).contains(Duration.ofSeconds(60));
    later(Duration.ofSeconds(61));
    assertThat(throttle.failed("admin", "10.0.0.1")).contains(Duration.ofSeconds(120));
    for (int i = 0; i < 40; i++) {
      later(Duration.ofMinutes(16));
      throttle.failed("admin", "10.0.0.1");
    }
    assertThat(throttle.lockedFor("admin", "10.0.0.1")).as("capped, never permanent").contains(Duration.ofMinutes(15));
    later(Duration.ofMinutes(15).plusSeconds(1));
    assertThat(throttle.lockedFor("admin", "10.0.0.1")).isEmpty();
  }

  @Test
  void aLockHoldsOnlyForTheAddressThatFailedAndCaseDoesNotEvadeIt() {
    for (int i = 0; i < 6; i++) {
      throttle.failed(i % 2 == 0 ? "Admin" : "ADMIN", "203.0.113.9");
    }
    assertThat(throttle.lockedFor("admin", "203.0.113.9")).isPresent();
    assertThat(throttle.lockedFor("admin", "10.0.0.1")).as("the admin at the office is not locked out").isEmpty();
    assertThat(throttle.lockedFor("demo-it", "203.0.113.9")).as("other accounts from that address").isEmpty();
  }

  @Test
  void successClearsThePairQuietForgetsItAndAnAdministratorUnlocksEveryAddress() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("jane", "10.0.0.1");
    }
    throttle.succeeded("jane", "10.0.0.1");
    assertThat(throttle.failed("jane", "10.0.0.1")).as("counting starts again").isEmpty();

    for (int i = 0; i < 4; i++) {
      throttle.failed("joe", "10.0.0.1");
    }
    later(Duration.ofHours(1));
    assertThat(throttle.failed("joe", "10.0.0.1")).as("old failures forgotten").isEmpty();

    for (String address : new String[] {"10.0.0.1", "10.0.0.2"}) {
      for (int i = 0; i < 6; i++) {
        throttle.failed("jane", address);
      }
    }
    assertThat(throttle.locks()).hasSize(2);
    assertThat(throttle.unlock("JANE")).isEqualTo(2);
    assertThat(throttle.lockedFor("jane", "10.0.0.1")).isEmpty();
    assertThat(throttle.lockedFor("jane", "10.0.0.2")).isEmpty();
  }

  @Test
  void floodsOfInventedNamesCannotGrowMemoryWithoutBound() {
    for (int i = 0; i < 5000; i++) {
      throttle.failed("user" + i, "198.51.100.1");
    }
    assertThat(throttle.locks()).isEmpty();
    for (int i = 0; i < 6; i++) {
      throttle.failed("admin", "198.51.100.1");
    }
    assertThat(throttle.lockedFor("admin", "198.51.100.1")).isPresent();
  }
}
