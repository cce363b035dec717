package io.terawatt.scheduling;

/**
 * What a policy knows about carbon intensity when it decides: expected values for the hours ahead.
 *
 * <p>Online views give forecasts issued at the decision hour from the hours strictly before it; the
 * oracle's view gives the actual values. Values are gCO2e/kWh at the grid (before PUE).
 */
public interface IntensityView {

  /**
   * Expected intensity of region {@code region} for the hours {@code [issuedHour, issuedHour +
   * horizon)}, cut at the end of the period.
   *
   * <p>The array may be shared by later calls with the same arguments; callers must not modify it.
   */
  double[] expected(int region, int issuedHour, int horizon);

  /**
   * Relative error (root-mean-square, as a fraction of the value) of the expectation {@code k}
   * hours after the issue hour ({@code k = 0} for the issue hour itself); 0 for the oracle.
   */
  double relativeError(int region, int k);

  /** Whether the view is the actual future (the oracle's). */
  boolean isPerfect();

  /** A short name of the source of the expectations, for example {@code regression}. */
  String source();
}
