package io.terawatt.grid;

import java.util.Arrays;

/**
 * Raw readings as an importer found them: each covers {@code [start, start + duration)} in UTC and
 * remembers the input line it came from, so that the clean-up report can point at it.
 */
public final class RawPoints {
  private long[] startEpochSeconds = new long[1024];
  private int[] durationSeconds = new int[1024];
  private double[] values = new double[1024];
  private boolean[] estimated = new boolean[1024];
  private int[] lines = new int[1024];
  private int size;

  /** Adds one reading. */
  public void add(
      long startEpochSecond, int duration, double value, boolean isEstimated, int line) {
    if (size == values.length) {
      int n = size * 2;
      startEpochSeconds = Arrays.copyOf(startEpochSeconds, n);
      durationSeconds = Arrays.copyOf(durationSeconds, n);
      values = Arrays.copyOf(values, n);
      estimated = Arrays.copyOf(estimated, n);
      lines = Arrays.copyOf(lines, n);
    }
    startEpochSeconds[size] = startEpochSecond;
    durationSeconds[size] = duration;
    values[size] = value;
    estimated[size] = isEstimated;
    lines[size] = line;
    size++;
  }

  /** Number of readings. */
  /** Appends every point of {@code other} (for example the next year's file of one zone). */
  public void addAll(RawPoints other) {
    for (int i = 0; i < other.size; i++) {
      add(
          other.startEpochSeconds[i],
          other.durationSeconds[i],
          other.values[i],
          other.estimated[i],
          other.lines[i]);
    }
  }

  /** Number of points. */
  public int size() {
    return size;
  }

  long start(int i) {
    return startEpochSeconds[i];
  }

  int duration(int i) {
    return durationSeconds[i];
  }

  double value(int i) {
    return values[i];
  }

  boolean estimated(int i) {
    return estimated[i];
  }

  int line(int i) {
    return lines[i];
  }

  /**
   * Sets every duration that is still 0 to the median spacing of consecutive starts (the data's
   * step), or one hour when there is a single reading.
   */
  public void inferMissingDurations() {
    if (size == 0) {
      return;
    }
    long[] sorted = Arrays.copyOf(startEpochSeconds, size);
    Arrays.sort(sorted);
    long[] steps = new long[Math.max(1, size - 1)];
    int n = 0;
    for (int i = 1; i < size; i++) {
      long d = sorted[i] - sorted[i - 1];
      if (d > 0) {
        steps[n++] = d;
      }
    }
    long step = 3600;
    if (n > 0) {
      long[] s = Arrays.copyOf(steps, n);
      Arrays.sort(s);
      step = Math.min(3600, s[n / 2]);
    }
    for (int i = 0; i < size; i++) {
      if (durationSeconds[i] <= 0) {
        durationSeconds[i] = (int) step;
      }
    }
  }
}
