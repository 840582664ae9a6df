package org.llmprocurement.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Temporary, growing lockout per account and client address. Each (account, address) pair has
 * {@code freeAttempts} failed sign-ins; every further failure locks that pair for
 * {@code baseLock}, doubling per failure up to {@code maxLock}. A success clears the pair; quiet
 * for {@code forgetAfter} forgets it. Nothing is permanent and nothing is stored: a wrong password
 * from one address never locks the account for another address, and a restart clears every lock.
 * Replaces Camunda's own lockout, which locks an account for good after ten failures from anyone.
 */
public class LoginThrottle {

  /** A pair currently locked, for administrators. */
  public record Lock(String userId, String address, int failures, Instant lockedUntil) {}

  private static final class Entry {
    int failures;
    Instant lockedUntil = Instant.MIN;
    Instant lastFailure = Instant.MIN;
  }

  private final int freeAttempts;
  private final Duration baseLock;
  private final Duration maxLock;
  private final Duration forgetAfter;
  private final Supplier<Instant> clock;
  private final int maxEntries;
  private final Map<String, Entry> entries;

  public LoginThrottle(int freeAttempts, Duration baseLock, Duration maxLock, Supplier<Instant> clock) {
    this(freeAttempts, baseLock, maxLock, clock, 100_000);
  }

  LoginThrottle(int freeAttempts, Duration baseLock, Duration maxLock, Supplier<Instant> clock, int maxEntries) {
    this.freeAttempts = freeAttempts;
    this.baseLock = baseLock;
    this.maxLock = maxLock;
    this.forgetAfter = maxLock.multipliedBy(2);
    this.clock = clock;
    this.maxEntries = maxEntries;
    // least recently touched first: when full, the oldest pair is forgotten, never a new one refused
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > LoginThrottle.this.maxEntries;
      }
    };
  }

  private static String key(String userId, String address) {
    return userId.toLowerCase(Locale.ROOT) + "\u0000" + address;
  }

  /** How long this pair is still locked, if it is. */
  public synchronized Optional<Duration> lockedFor(String userId, String address) {
    Entry entry = entries.get(key(userId, address));
    Instant now = clock.get();
    if (entry == null || !entry.lockedUntil.isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, entry.lockedUntil));
  }

  /** Records a failed sign-in; returns the lock it caused, if any. */
  public synchronized Optional<Duration> failed(String userId, String address) {
    Instant now = clock.get();
    String key = key(userId, address);
    Entry entry = entries.get(key);
    if (entry == null || entry.lastFailure.plus(forgetAfter).isBefore(now)) {
      entry = new Entry();
      entries.put(key, entry);
    }
    entry.failures++;
    entry.lastFailure = now;
    int over = entry.failures - freeAttempts;
    if (over <= 0) {
      return Optional.empty();
    }
    Duration lock = over > 30 ? maxLock : baseLock.multipliedBy(1L << (over - 1));
    if (lock.compareTo(maxLock) > 0) {
      lock = maxLock;
    }
    entry.lockedUntil = now.plus(lock);
    return Optional.of(lock);
  }

  public synchronized void succeeded(String userId, String address) {
    entries.remove(key(userId, address));
  }

  /** Lifts every lock of the account, from every address (an administrator's unlock). */
  public synchronized int unlock(String userId) {
    String prefix = userId.toLowerCase(Locale.ROOT) + "\u0000";
    int before = entries.size();
    entries.keySet().removeIf(k -> k.startsWith(prefix));
    return before - entries.size();
  }

  public synchronized List<Lock> locks() {
    Instant now = clock.get();
    return entries.entrySet().stream().filter(e -> e.getValue().lockedUntil.isAfter(now))
        .map(e -> {
          String[] parts = e.getKey().split("\u0000", 2);
          return new Lock(parts[0], parts[1], e.getValue().failures, e.getValue().lockedUntil);
        }).toList();
  }
}
