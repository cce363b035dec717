package io.terawatt.ethics.lens;

import java.util.List;

/** The standard set of lenses, in report order. */
public final class Lenses {
  private Lenses() {}

  /** Utilitarian, maximin, leximin, prioritarian (η = 2), sufficientarian, precautionary. */
  public static List<Lens> standard() {
    return List.of(
        new UtilitarianLens(),
        new MaximinLens(),
        new LeximinLens(),
        new PrioritarianLens(),
        new SufficientarianLens(),
        new PrecautionaryLens());
  }
}
