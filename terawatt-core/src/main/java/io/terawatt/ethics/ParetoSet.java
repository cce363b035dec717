package io.terawatt.ethics;

import java.util.ArrayList;
import java.util.List;

/**
 * The Pareto-efficient options: those no other option dominates. Option a dominates b when a is at
 * least as good on every indicator (direction applied, central values) and strictly better on at
 * least one (Pareto, V. (1906), <i>Manuale di economia politica</i>). No weights are involved, so
 * every lens's first choice should normally be in this set.
 */
public final class ParetoSet {
  private ParetoSet() {}

  /** Names of the non-dominated options, in input order. */
  public static List<String> of(PerformanceTable t) {
    List<String> out = new ArrayList<>();
    for (int b = 0; b < t.optionCount(); b++) {
      boolean dominated = false;
      for (int a = 0; a < t.optionCount() && !dominated; a++) {
        dominated = a != b && dominates(t, a, b);
      }
      if (!dominated) {
        out.add(t.option(b));
      }
    }
    return out;
  }

  /** Whether option a dominates option b. */
  public static boolean dominates(PerformanceTable t, int a, int b) {
    boolean strictly = false;
    for (int j = 0; j < t.indicatorCount(); j++) {
      double d = t.value(a, j) - t.value(b, j);
      if (!t.maximise(j)) {
        d = -d;
      }
      if (d < 0) {
        return false;
      }
      strictly |= d > 0;
    }
    return strictly;
  }
}
