package org.llmprocurement.engine;

import java.time.Instant;

/**
 * Says what a record we keep decides about the Camunda history of a business key: nothing (the
 * engine's default), held (kept until further notice: a register entry that has not closed), or
 * retained until a given instant (a closed entry's retention end). Implemented by the stage that
 * owns the record; asked by {@link RecordHoldPlugin} whenever a root process instance ends.
 */
public interface RecordHold {

  /** The verdict for history with this business key; never {@code null}. */
  Verdict of(String businessKey);

  /** What the record decides: {@code removalTime} only for {@link Kind#RETAINED}. */
  record Verdict(Kind kind, Instant removalTime) {

    public static final Verdict NONE = new Verdict(Kind.NONE, null);
    public static final Verdict HELD = new Verdict(Kind.HELD, null);

    public static Verdict retainedUntil(Instant removalTime) {
      return new Verdict(Kind.RETAINED, removalTime);
    }
  }

  /** Kinds of verdict. */
  enum Kind { NONE, HELD, RETAINED }
}
