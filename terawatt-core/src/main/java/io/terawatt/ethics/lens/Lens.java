package io.terawatt.ethics.lens;

import io.terawatt.ethics.Ranking;

/** An ethical framework as an aggregation rule: ranks the options of a problem, best first. */
public interface Lens {
  /** The lens name used in reports, for example {@code maximin}. */
  String name();

  /** Ranks the options. */
  Ranking rank(LensInput input);
}
