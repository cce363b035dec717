package io.terawatt.grid.forecast;

import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Argument checks shared by the forecasters, with messages that name the model and the values. */
final class ForecastChecks {
  private ForecastChecks() {}

  /**
   * Checks a forecast request and returns the index of the issue hour in {@code history}: the model
   * may read the indices {@code [index - neededHours, index)}.
   */
  static int issueIndex(
      String model, HourlySeries history, Instant issuedAt, int horizonHours, int neededHours) {
    if (history == null || issuedAt == null) {
      throw new IllegalArgumentException(model + ": the history and the issue time must be given.");
    }
    if (!issuedAt.truncatedTo(ChronoUnit.HOURS).equals(issuedAt)) {
      throw new IllegalArgumentException(
          model + ": the issue time (" + issuedAt + ") must be a whole UTC hour.");
    }
    checkHorizon(model, horizonHours, Forecaster.MAX_HORIZON_HOURS);
    Instant earliest = history.start().plus(Duration.ofHours(neededHours));
    if (issuedAt.isBefore(earliest)) {
      throw new IllegalArgumentException(
          model
              + " needs "
              + neededHours
              + " h of history before the issue time "
              + issuedAt
              + ", but the history starts at "
              + history.start()
              + "; the earliest issue time is "
              + earliest
              + ".");
    }
    if (issuedAt.isAfter(history.end())) {
      throw new IllegalArgumentException(
          model
              + ": the history ends at "
              + history.end()
              + ", before the issue time "
              + issuedAt
              + "; the hours just before the issue time are missing.");
    }
    return (int) Duration.between(history.start(), issuedAt).toHours();
  }

  /** Checks that a horizon lies in {@code 1..max}. */
  static void checkHorizon(String model, int horizonHours, int max) {
    if (horizonHours < 1 || horizonHours > max) {
      throw new IllegalArgumentException(
          model + ": the horizon (" + horizonHours + " h) must be 1 to " + max + " h.");
    }
  }
}
