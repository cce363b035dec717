package io.terawatt.outlook.calibration;

/**
 * One line of the calibration table.
 *
 * @param quantity what is compared, with its unit
 * @param reference the published figure or range, as text
 * @param source who published it
 * @param model the outlook's value (P50 of the Monte Carlo unless stated)
 * @param low lower edge of the accepted band
 * @param high upper edge of the accepted band
 * @param check true when the row is a pass/fail calibration check, false for a comparison
 */
public record CalibrationRow(
    String quantity,
    String reference,
    String source,
    double model,
    double low,
    double high,
    boolean check) {

  /** Whether the model value lies in [low, high]. */
  public boolean within() {
    return model >= low && model <= high;
  }

  /** Whether this row fails: a check whose model value is out of its band. */
  public boolean failed() {
    return check && !within();
  }
}
