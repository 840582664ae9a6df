package org.llmprocurement.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.f4b6a3.ulid.Ulid;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The engine's ids without an engine: short, in the order they were made, never repeated across threads. */
class TimeOrderedIdGeneratorTest {

  final TimeOrderedIdGenerator generator = new TimeOrderedIdGenerator();

  @Test
  void anIdIsTwentySixLowerCaseCharactersNamingTheMillisecondItWasMadeIn() {
    Instant before = Instant.now();
    String id = generator.getNextId();

    assertThat(id).hasSize(26).matches("[0-9a-hjkmnp-tv-z]{26}");
    assertThat(Ulid.getInstant(id)).isBetween(before.minusMillis(1), Instant.now().plusMillis(1));
  }

  @Test
  void eachIdSortsAfterTheOneBeforeAsTextAlsoWithinOneMillisecond() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      ids.add(generator.getNextId());
    }

    assertThat(ids).as("strictly increasing as text: new index entries go to the end").isSorted().doesNotHaveDuplicates();
    assertThat(Duration.between(Ulid.getInstant(ids.get(0)), Ulid.getInstant(ids.get(ids.size() - 1))).toMillis())
        .as("many ids shared a millisecond, so the order did not come from the clock alone").isLessThan(ids.size());
  }

  @Test
  void threadsOfOneNodeAndTwoNodesNeverMakeTheSameId() throws Exception {
    TimeOrderedIdGenerator otherNode = new TimeOrderedIdGenerator();
    Set<String> ids = ConcurrentHashMap.newKeySet();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        TimeOrderedIdGenerator node = t % 2 == 0 ? generator : otherNode;
        work.add(threads.submit(() -> {
          for (int i = 0; i < 25_000; i++) {
            ids.add(node.getNextId());
          }
        }));
      }
      for (Future<?> done : work) {
        done.get();
      }
    } finally {
      threads.shutdown();
    }

    assertThat(ids).as("200,000 ids from eight threads on two generators, all distinct").hasSize(200_000);
  }
}
