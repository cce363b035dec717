package io.terawatt.supply.plan;

import java.util.Arrays;

/**
 * How much of the year each hour of a planning programme stands for, and over how many hours
 * storage must return to its starting state. The full-year programme weighs every hour 1 and cycles
 * storage over the whole horizon; a representative-weeks programme ({@link RepresentativeWeeks})
 * weighs each hour of a week by the number of weeks of the year it represents and cycles storage
 * within each week.
 *
 * @param weight_per_hour weight of each hour of the programme (hours of the year per programme
 *     hour), or null for 1 everywhere
 * @param cycle_h length of a storage cycle in hours; 0 for one cycle over the whole horizon
 */
public record HourWeights(double[] weight_per_hour, int cycle_h) {

  /** Every hour weighs 1; storage cycles over the whole horizon. */
  public static final HourWeights UNIFORM = new HourWeights(null, 0);

  /** Checks weights (finite, positive) and the cycle length, and copies. */
  public HourWeights {
    if (weight_per_hour != null) {
      for (double w : weight_per_hour) {
        if (!(w > 0) || !Double.isFinite(w)) {
          throw new IllegalArgumentException("Hour weights must be finite and > 0, not " + w + ".");
        }
      }
      weight_per_hour = weight_per_hour.clone();
    }
    if (cycle_h < 0) {
      throw new IllegalArgumentException("The storage cycle must be >= 0 hours.");
    }
  }

  /** Weight of hour h. */
  public double at(int h) {
    return weight_per_hour == null ? 1 : weight_per_hour[h];
  }

  /** The hour before h in storage's cycle (wrapping at the cycle's start), for a horizon of n. */
  int previousInCycle(int h, int n) {
    int cycle = cycle_h <= 0 || cycle_h > n ? n : cycle_h;
    int start = (h / cycle) * cycle;
    int end = Math.min(n, start + cycle) - 1;
    return h == start ? end : h - 1;
  }

  /** Checks that there is one weight per hour of a horizon of n hours. */
  void check(int n) {
    if (weight_per_hour != null && weight_per_hour.length != n) {
      throw new IllegalArgumentException(
          "There are " + weight_per_hour.length + " hour weights for " + n + " hours.");
    }
  }

  /** A copy of the weights (1 everywhere when uniform), for a horizon of n hours. */
  public double[] weights(int n) {
    if (weight_per_hour == null) {
      double[] ones = new double[n];
      Arrays.fill(ones, 1);
      return ones;
    }
    return weight_per_hour.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HourWeights w
        && cycle_h == w.cycle_h
        && Arrays.equals(weight_per_hour, w.weight_per_hour);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(weight_per_hour) + cycle_h;
  }

  @Override
  public String toString() {
    return weight_per_hour == null
        ? "HourWeights[uniform]"
        : "HourWeights[" + weight_per_hour.length + " hours, cycle " + cycle_h + " h]";
  }
}
