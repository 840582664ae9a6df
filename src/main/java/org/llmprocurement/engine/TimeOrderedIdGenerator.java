package org.llmprocurement.engine;

import com.github.f4b6a3.ulid.UlidFactory;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.springframework.stereotype.Component;

/**
 * The engine's ids for every row it writes (process instances, executions, tasks, variables,
 * history, jobs, grants): ULIDs in Crockford base 32, lower case, 26 characters, in the order they
 * were made (for example {@code 01jdx3k5m7q9r2s4t6v8w0y1z3}).
 *
 * <p>Why not the Spring Boot starter's default, Camunda's {@code StrongUuidGenerator}: its time-based
 * UUIDs are 36 characters and begin with the fastest-changing part of their clock, so each new id
 * lands at a random place in every index that holds it. An engine row names four to six ids
 * (its own, its execution, process instance, definition, task, byte array), and each of them sits in
 * an index. Shorter ids in creation order make the rows and the indexes smaller, and new index
 * entries go to the end of an index instead of splitting pages across it (measured in
 * docs/adr/0010-compact-time-ordered-engine-ids.md). Camunda's documentation rules out its own
 * short ids ({@code DbIdGenerator}, a counter in {@code ACT_GE_PROPERTY}) for production: it cannot
 * handle high concurrency.
 *
 * <p>Uniqueness across nodes on one database: a ULID is 48 bits of milliseconds and 80 random bits
 * (the library {@code com.github.f4b6a3:ulid-creator}, its monotonic factory: within one millisecond a
 * node counts up from its last random value, so its own ids stay strictly ordered). Two nodes
 * collide only if, in the same millisecond, their counts run into each other: each starts from its
 * own 80 random bits, so the odds are about (ids made that millisecond) / 2^80. Existing databases
 * keep their UUID ids; new rows get ULIDs beside them, since the engine never reads meaning into an
 * id. Ids are compared as text by the engine and databases; lower-case base 32 sorts the same in
 * every collation the product runs on.
 *
 * <p>Picked up by the Spring Boot starter as the engine's {@code IdGenerator} bean (its own
 * {@code camunda.bpm.id-generator} setting yields to a bean of this type).
 */
@Component
public class TimeOrderedIdGenerator implements IdGenerator {

  private final UlidFactory ulids = UlidFactory.newMonotonicInstance();

  /** A new id: 26 characters {@code [0-9a-hjkmnp-tv-z]}, greater (as text) than every id this instance made before. */
  @Override
  public String getNextId() {
    return ulids.create().toLowerCase();
  }
}
