package io.terawatt.grid;

import io.terawatt.grid.forecast.FittedForecastSource;
import io.terawatt.grid.typical.TypicalYearSignalSource;
import io.terawatt.timeseries.HourlySeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@link SignalSource} implementations and how they are chained. */
public final class SignalSources {
  private SignalSources() {}

  /** Series held in memory (gaps as NaN); history only, no forecasts. */
  public static SignalSource of(List<SignalSeries> series) {
    return new SeriesSignalSource(series);
  }

  /**
   * Gap-free hourly series by zone, as read from files, all of one signal and basis.
   *
   * @param origin where they were read from, for example a path
   */
  public static SignalSource hourly(
      Map<String, HourlySeries> byZone, Signal signal, EmissionBasis basis, String origin) {
    List<SignalSeries> out = new ArrayList<>();
    for (Map.Entry<String, HourlySeries> e : byZone.entrySet()) {
      SeriesMetadata m =
          new SeriesMetadata(e.getKey(), GridQuantity.CARBON_INTENSITY, signal, basis, origin);
      out.add(SignalSeries.hourly(m, e.getValue().start(), e.getValue().values()));
    }
    return of(out);
  }

  /** No location at all. */
  public static SignalSource none() {
    return of(List.of());
  }

  /** The built-in typical years of 125 zones, 2020 to 2050, which forecast as their climatology. */
  public static SignalSource builtInTypicalYears() {
    return TypicalYearSignalSource.builtIn();
  }

  /**
   * {@code observed} with forecasts: the model fitted on the gap-free hours before each forecast.
   *
   * @param model a forecast model name, for example {@code regression}
   * @throws IllegalArgumentException for an unknown model, listing the known ones
   */
  public static SignalSource forecasting(SignalSource observed, String model) {
    return new FittedForecastSource(observed, model);
  }

  /**
   * Sources tried in order. A location is served by the first source that knows it: its history
   * comes from that source alone (a gap stays a gap, never filled from a later source). A forecast
   * comes from the first source that can give one, so a zone whose imported data do not reach the
   * forecast hour falls back to the next source.
   */
  public static SignalSource firstOf(SignalSource... sources) {
    return new FallbackSignalSource(List.of(sources));
  }

  /**
   * What the server serves: imported data first (forecast by {@code model} where the data reach the
   * forecast hour), then the built-in typical years for every other zone and forecast.
   */
  public static SignalSource importedThenBuiltIn(SignalSource imported, String model) {
    return firstOf(forecasting(imported, model), builtInTypicalYears());
  }
}
