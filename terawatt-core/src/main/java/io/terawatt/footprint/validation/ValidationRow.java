package io.terawatt.footprint.validation;

/**
 * One predicted-against-published comparison.
 *
 * @param caseName the case
 * @param kind {@code training} or {@code inference}
 * @param mode {@code accounting}, {@code predictive}, or the inference operating point
 * @param quantity what is compared, with its unit
 * @param predicted the engine's figure
 * @param published the published figure
 * @param tolerancePct the allowed absolute relative error, percent
 * @param note boundary or calibration remark
 */
public record ValidationRow(
    String caseName,
    String kind,
    String mode,
    String quantity,
    double predicted,
    double published,
    double tolerancePct,
    String note) {

  /** Relative error of the prediction, percent (positive when over). */
  public double errorPct() {
    return (predicted - published) / published * 100.0;
  }

  /** Whether the error is within the tolerance. */
  public boolean passes() {
    return Math.abs(errorPct()) <= tolerancePct;
  }
}
