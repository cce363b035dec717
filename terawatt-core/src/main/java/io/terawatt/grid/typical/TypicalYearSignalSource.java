package io.terawatt.grid.typical;

import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.SignalForecast;
import io.terawatt.grid.SignalLocation;
import io.terawatt.grid.SignalSeries;
import io.terawatt.grid.SignalSource;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typical years served as hourly signals over the calendar years {@value #FIRST_YEAR} to {@value
 * #LAST_YEAR}: each hour takes the mean of its (month, weekday or weekend, UTC hour) cell. The
 * typical year is also its own forecast (model {@value #MODEL}): the climatology of the hour.
 */
public final class TypicalYearSignalSource implements SignalSource {
  /** First year served. */
  public static final int FIRST_YEAR = 2020;

  /** Last year served (the outlook horizon). */
  public static final int LAST_YEAR = 2050;

  /** The origin of every location. */
  public static final String ORIGIN = "built-in typical year";

  /** The forecast model name. */
  public static final String MODEL = "typical-year";

  private static final long START_HOUR = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay() * 24;
  private static final long END_HOUR = LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay() * 24;

  private final Map<String, TypicalYear> byKey = new LinkedHashMap<>();
  private final List<SignalLocation> locations = new ArrayList<>();

  /**
   * Serves {@code years} (average, life-cycle intensity, as the built-in typical years are fitted
   * to Electricity Maps' life-cycle values).
   */
  public TypicalYearSignalSource(List<TypicalYear> years) {
    for (TypicalYear y : years) {
      byKey.put(SignalSource.key(y.zone()), y);
    }
    for (TypicalYear y : byKey.values()) {
      locations.add(new SignalLocation(metadata(y), hour(START_HOUR), hour(END_HOUR)));
    }
  }

  /** The built-in typical years. */
  public static TypicalYearSignalSource builtIn() {
    BuiltInTypicalYears b = BuiltInTypicalYears.get();
    List<TypicalYear> years = new ArrayList<>();
    for (String zone : b.zones()) {
      years.add(b.find(zone).orElseThrow());
    }
    return new TypicalYearSignalSource(years);
  }

  @Override
  public List<SignalLocation> locations() {
    return List.copyOf(locations);
  }

  @Override
  public Optional<SignalLocation> find(String location) {
    TypicalYear y = byKey.get(SignalSource.key(location));
    return y == null
        ? Optional.empty()
        : Optional.of(new SignalLocation(metadata(y), hour(START_HOUR), hour(END_HOUR)));
  }

  /** The hours overlapping {@code [from, to)} within the served years (empty span outside). */
  @Override
  public Optional<SignalSeries> history(String location, Instant from, Instant to) {
    TypicalYear y = byKey.get(SignalSource.key(location));
    if (y == null) {
      return Optional.empty();
    }
    long first = Math.floorDiv(from.getEpochSecond(), 3600);
    long end = Math.max(first + 1, Math.floorDiv(to.getEpochSecond() + 3599, 3600));
    first = Math.min(Math.max(first, START_HOUR), END_HOUR);
    end = Math.max(Math.min(end, END_HOUR), first);
    return Optional.of(series(y, first, end));
  }

  @Override
  public Optional<SignalForecast> forecast(String location, Instant generatedAt, Duration horizon) {
    TypicalYear y = byKey.get(SignalSource.key(location));
    if (y == null) {
      return Optional.empty();
    }
    long first = Math.floorDiv(generatedAt.getEpochSecond(), 3600);
    double[] v = new double[Math.toIntExact(horizon.toHours())];
    for (int i = 0; i < v.length; i++) {
      v[i] = valueAt(y, first + i);
    }
    return Optional.of(
        new SignalForecast(MODEL, hour(first), SignalSeries.hourly(metadata(y), hour(first), v)));
  }

  private static SignalSeries series(TypicalYear y, long firstHour, long endHour) {
    double[] v = new double[Math.toIntExact(endHour - firstHour)];
    for (int i = 0; i < v.length; i++) {
      v[i] = valueAt(y, firstHour + i);
    }
    return SignalSeries.hourly(metadata(y), hour(firstHour), v);
  }

  /** The cell mean of an epoch hour, NaN outside the served years. */
  private static double valueAt(TypicalYear y, long epochHour) {
    if (epochHour < START_HOUR || epochHour >= END_HOUR) {
      return Double.NaN;
    }
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochHour, 24));
    boolean weekend =
        date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    return y.mean(date.getMonth(), weekend, (int) Math.floorMod(epochHour, 24));
  }

  private static SeriesMetadata metadata(TypicalYear y) {
    return SeriesMetadata.averageLifecycle(y.zone(), ORIGIN);
  }

  private static Instant hour(long epochHour) {
    return Instant.ofEpochSecond(epochHour * 3600);
  }
}
