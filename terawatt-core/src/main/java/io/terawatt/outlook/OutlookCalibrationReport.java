package io.terawatt.outlook;

import io.terawatt.outlook.calibration.CalibrationRow;
import io.terawatt.outlook.calibration.OutlookCalibration;
import java.util.List;

/**
 * The outlook against its published anchors (IEA, LBNL, Epoch AI).
 *
 * @param scenario the scenario calibrated
 * @param rows checks and comparisons, in table order
 */
public record OutlookCalibrationReport(String scenario, List<CalibrationRow> rows) {
  /** Copies the rows. */
  public OutlookCalibrationReport {
    rows = List.copyOf(rows);
  }

  /** Whether a check is out of its band. */
  public boolean anyFailed() {
    return OutlookCalibration.anyFailed(rows);
  }
}
