package io.terawatt.grid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns raw readings into hourly means: 5- and 30-minute readings (or intervals that straddle an
 * hour) are time-weighted into the UTC hours they overlap; duplicates are merged and counted;
 * impossible values are rejected and counted; hours covered less than half are gaps, filled only by
 * the named {@link GapPolicy}.
 */
public final class HourlyAggregator {
  private static final long HOUR = 3600;

  private HourlyAggregator() {}

  /** Cleans one series. */
  public static CleanSeries aggregate(SeriesMetadata metadata, RawPoints raw, GapPolicy policy) {
    if (raw.size() == 0) {
      throw new IllegalArgumentException("The series " + metadata.describe() + " has no readings.");
    }
    raw.inferMissingDurations();
    Integer[] order = new Integer[raw.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(raw.start(a), raw.start(b)));

    int subHourly = 0;
    int duplicates = 0;
    int conflicts = 0;
    int impossible = 0;
    List<String> examples = new ArrayList<>();
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    // First pass: merge duplicates and reject impossible values.
    List<long[]> intervals = new ArrayList<>();
    List<double[]> kept = new ArrayList<>();
    int i = 0;
    while (i < order.length) {
      int idx = order[i];
      long start = raw.start(idx);
      double sum = 0;
      int count = 0;
      boolean est = false;
      int duration = raw.duration(idx);
      int j = i;
      boolean conflict = false;
      double firstValue = Double.NaN;
      while (j < order.length && raw.start(order[j]) == start) {
        int k = order[j];
        double v = raw.value(k);
        if (Double.isNaN(v) || !metadata.quantity().isPossible(v)) {
          impossible++;
          if (examples.size() < 10) {
            examples.add("line " + raw.line(k) + ": " + v);
          }
        } else {
          if (count == 0) {
            firstValue = v;
          } else if (v != firstValue) {
            conflict = true;
          }
          sum += v;
          count++;
          est |= raw.estimated(k);
        }
        if (j > i) {
          duplicates++;
        }
        j++;
      }
      if (conflict) {
        conflicts++;
      }
      if (count > 0) {
        if (duration < HOUR) {
          subHourly++;
        }
        intervals.add(new long[] {start, duration});
        kept.add(new double[] {sum / count, est ? 1 : 0});
        first = Math.min(first, Math.floorDiv(start, HOUR) * HOUR);
        last = Math.max(last, Math.floorDiv(start + duration - 1, HOUR) * HOUR);
      }
      i = j;
    }
    if (kept.isEmpty()) {
      throw new IllegalArgumentException(
          "Every reading of " + metadata.describe() + " was impossible, e.g. " + examples + ".");
    }
    int hours = (int) ((last - first) / HOUR) + 1;
    double[] weighted = new double[hours];
    double[] coverage = new double[hours];
    boolean[] estimated = new boolean[hours];
    for (int p = 0; p < intervals.size(); p++) {
      long s = intervals.get(p)[0];
      long e = s + intervals.get(p)[1];
      double v = kept.get(p)[0];
      boolean est = kept.get(p)[1] > 0;
      for (long h = Math.floorDiv(s, HOUR) * HOUR; h < e; h += HOUR) {
        long overlap = Math.min(e, h + HOUR) - Math.max(s, h);
        if (overlap <= 0) {
          continue;
        }
        int index = (int) ((h - first) / HOUR);
        weighted[index] += v * overlap;
        coverage[index] += overlap;
        estimated[index] |= est;
      }
    }
    double[] values = new double[hours];
    int partial = 0;
    int gaps = 0;
    for (int h = 0; h < hours; h++) {
      if (coverage[h] >= HOUR / 2.0) {
        values[h] = weighted[h] / coverage[h];
        if (coverage[h] < HOUR - 1e-9) {
          partial++;
        }
      } else {
        values[h] = Double.NaN;
        gaps++;
      }
    }
    int filled = policy.fill(values, estimated);
    CleanupReport report =
        new CleanupReport(
            metadata.describe(),
            raw.size(),
            subHourly,
            duplicates,
            conflicts,
            impossible,
            examples,
            hours,
            partial,
            gaps,
            filled,
            policy,
            Instant.ofEpochSecond(first),
            Instant.ofEpochSecond(last));
    return new CleanSeries(metadata, Instant.ofEpochSecond(first), values, estimated, report);
  }
}
