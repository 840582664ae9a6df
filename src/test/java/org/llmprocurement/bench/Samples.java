package org.llmprocurement.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Measured durations in milliseconds (thread-safe), with median, mean and p95 (nearest rank). */
final class Samples {

  private final List<Double> values = Collections.synchronizedList(new ArrayList<>());

  void add(double millis) {
    values.add(millis);
  }

  void clear() {
    values.clear();
  }

  int count() {
    return values.size();
  }

  double median() {
    return percentile(50);
  }

  double p95() {
    return percentile(95);
  }

  double mean() {
    synchronized (values) {
      return values.isEmpty() ? Double.NaN : values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
  }

  /** Nearest-rank percentile; NaN without samples. */
  double percentile(double p) {
    List<Double> sorted;
    synchronized (values) {
      sorted = new ArrayList<>(values);
    }
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }
}
