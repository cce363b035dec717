package io.terawatt.supply.technology;

/**
 * When new capacity of a technology can first be operating, as a range.
 *
 * @param earliestYear optimistic first year (commercial now, or the earliest announced date)
 * @param latestYear pessimistic first year (lead time, later announcements, fleet scale)
 * @param source source of the years
 */
public record Availability(int earliestYear, int latestYear, Provenance source) {

  /** Requires earliest <= latest. */
  public Availability {
    if (earliestYear > latestYear) {
      throw new IllegalArgumentException(
          "The earliest year (" + earliestYear + ") is after the latest (" + latestYear + ").");
    }
    Checks.required(source);
  }

  /** Width of the uncertainty range in years. */
  public int uncertainty_years() {
    return latestYear - earliestYear;
  }
}
