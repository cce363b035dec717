package io.terawatt.scheduling;

import io.terawatt.grid.SignalLocation;
import io.terawatt.scheduling.CarbonAwareQueryException.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The checks of a current-forecast request, and the refusal when no source can forecast. */
final class CurrentForecastChecks {
  private CurrentForecastChecks() {}

  /** Every problem with the window and its bounds, given the forecast's span. */
  static List<Problem> problems(
      Duration window, Instant lo, Instant hi, Instant generatedAt, Instant forecastEnd) {
    List<Problem> out = new ArrayList<>();
    long minutes = window.toMinutes();
    if (window.isNegative()
        || window.isZero()
        || minutes > CurrentForecastRequest.MAX_WINDOW_MINUTES) {
      out.add(
          new Problem(
              "windowSize",
              String.valueOf(minutes),
              "windowSize must be between 1 and "
                  + CurrentForecastRequest.MAX_WINDOW_MINUTES
                  + "."));
    }
    if (!lo.isBefore(hi)) {
      out.add(new Problem("dataEndAt", String.valueOf(hi), "dataEndAt must be after dataStartAt."));
    }
    String span = generatedAt + " to " + forecastEnd;
    if (lo.isBefore(generatedAt) || lo.isAfter(forecastEnd)) {
      out.add(
          new Problem(
              "dataStartAt", lo.toString(), "dataStartAt must lie within the forecast, " + span));
    }
    if (hi.isBefore(generatedAt) || hi.isAfter(forecastEnd)) {
      out.add(
          new Problem(
              "dataEndAt", hi.toString(), "dataEndAt must lie within the forecast, " + span));
    }
    return out;
  }

  /** No source of the chain forecasts {@code l} from {@code generatedAt}. */
  static CarbonAwareQueryException noForecast(SignalLocation l, Instant generatedAt) {
    return new CarbonAwareQueryException(
        "No forecast available",
        "The "
            + l.origin()
            + " data of "
            + l.name()
            + " ("
            + l.start()
            + " to "
            + l.end()
            + ") give no forecast from "
            + generatedAt
            + ": the model needs a gap-free history up to that hour, and there is no built-in"
            + " typical year for this zone.",
        List.of(new Problem("location", l.name(), "No data reach the current hour.")));
  }
}
