package io.terawatt.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.SignalSeries;
import io.terawatt.grid.SignalSource;
import io.terawatt.grid.SignalSources;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one implementation of the Carbon Aware SDK queries, on hand-made imported series: its tie
 * rule (every minimum), its gap rule (left out, never filled; an average over a gap is refused),
 * and its checks.
 */
class CarbonAwareServiceTest {
  static final Instant T0 = Instant.parse("2023-01-01T00:00:00Z");
  static final Instant NOW = Instant.parse("2023-01-01T01:30:00Z");

  static Instant at(double hours) {
    return T0.plusSeconds(Math.round(hours * 3600));
  }

  static SignalSeries s(String zone, double... v) {
    return SignalSeries.hourly(SeriesMetadata.averageLifecycle(zone, "imported"), T0, v);
  }

  static CarbonAwareService service(SignalSeries... series) {
    SignalSource imported = SignalSources.of(List.of(series));
    return new CarbonAwareService(
        () -> SignalSources.importedThenBuiltIn(imported, "regression"),
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  static List<Double> ratings(List<EmissionsRating> r) {
    return r.stream().map(EmissionsRating::rating_gCO2e_per_kWh).toList();
  }

  static List<Instant> starts(List<EmissionsRating> r) {
    return r.stream().map(EmissionsRating::start).toList();
  }

  static EmissionsRequest emissions(Instant time, Instant toTime, String... locations) {
    return new EmissionsRequest(List.of(locations), time, toTime, Duration.ZERO);
  }

  // Ties: every minimum.

  @Test
  void bestEmissionsReturnEveryTiedPointOverAllLocationsInRequestOrder() {
    CarbonAwareService c = service(s("A", 300, 100, 50), s("B", 50, 100, 80));
    List<EmissionsRating> best = c.bestEmissions(emissions(at(0), at(3), "B", "A"));
    assertThat(best).extracting(EmissionsRating::location).containsExactly("B", "A");
    assertThat(starts(best)).containsExactly(at(0), at(2));
  }

  @Test
  void bestLocationsAtATimeReturnEveryTiedLocation() {
    CarbonAwareService c = service(s("A", 300, 100, 50), s("B", 200, 100, 80), s("C", 250, 150));
    assertThat(c.bestLocations(new BestLocationRequest(List.of("A", "B", "C"), at(0.5))))
        .extracting(EmissionsRating::location)
        .containsExactly("B");
    List<EmissionsRating> tie =
        c.bestLocations(new BestLocationRequest(List.of("A", "B", "C"), at(1)));
    assertThat(tie).extracting(EmissionsRating::location).containsExactly("A", "B");
    assertThat(tie.get(0).duration()).isEqualTo(Duration.ofHours(1));
    // C has no value at hour 2: left out, not an error.
    assertThat(c.bestLocations(new BestLocationRequest(List.of("C", "B"), at(2.9))))
        .extracting(EmissionsRating::location)
        .containsExactly("B");
  }

  @Test
  void bestWindowsReturnEveryTiedWindowInTimeOrder() {
    // [5, 55, 10, 10, 10] with two-hour windows: means [30, 32.5, 10, 10].
    CarbonAwareService c = service(s("X", 5, 55, 10, 10, 10));
    List<EmissionsRating> w =
        c.bestWindows(new BestWindowRequest("X", at(0), at(5), Duration.ofHours(2)));
    assertThat(starts(w)).containsExactly(at(2), at(3));
    assertThat(ratings(w)).containsExactly(10.0, 10.0);
  }

  @Test
  void aForecastMarksEveryTiedWindowOptimal() {
    double[] flat = new double[24 * 30];
    Arrays.fill(flat, 200);
    SignalSeries history =
        SignalSeries.hourly(
            SeriesMetadata.averageLifecycle("ZZ", "imported"),
            NOW.minus(Duration.ofDays(30)).minusSeconds(1800),
            flat);
    EmissionsForecast f =
        service(history)
            .currentForecasts(new CurrentForecastRequest(List.of("ZZ"), null, null, null))
            .get(0);
    assertThat(f.model()).isEqualTo("regression");
    assertThat(f.forecastData()).hasSize(CarbonAwareService.FORECAST_HOURS);
    List<Double> values = ratings(f.forecastData());
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    assertThat(f.optimalDataPoints()).hasSize((int) values.stream().filter(v -> v == min).count());
  }

  // The SDK's rolling windows.

  @Test
  void bestWindowIsTheLowestRollingMeanThatFitsInsideTheRangeAndTheData() {
    // The SDK's own example: [10, 20, 30, 40, 5] with a two-step window: the last point is lowest
    // but a window cannot start there; the rolling means are [15, 25, 35, 22.5].
    CarbonAwareService c = service(s("X", 10, 20, 30, 40, 5));
    EmissionsRating r =
        c.bestWindows(new BestWindowRequest("X", T0, at(5), Duration.ofHours(2))).get(0);
    assertThat(r.start()).isEqualTo(T0);
    assertThat(r.rating_gCO2e_per_kWh()).isEqualTo(15);
    // The range cuts the data: from hour 1 to hour 4 only windows at 1 and 2 fit.
    EmissionsRating cut =
        c.bestWindows(new BestWindowRequest("X", at(1), at(4), Duration.ofHours(2))).get(0);
    assertThat(cut.start()).isEqualTo(at(1));
    assertThat(cut.rating_gCO2e_per_kWh()).isEqualTo(25);
  }

  @Test
  void aWindowOfPartialHoursIsTimeWeighted() {
    CarbonAwareService c = service(s("X", 100, 20, 30, 100));
    EmissionsRating r =
        c.bestWindows(new BestWindowRequest("X", at(0.5), at(4), Duration.ofMinutes(90))).get(0);
    assertThat(r.start()).isEqualTo(at(1));
    assertThat(r.rating_gCO2e_per_kWh()).isCloseTo(35.0 / 1.5, within(1e-12));
  }

  @Test
  void noFittingWindowIsRefusedNamingTheData() {
    CarbonAwareService c = service(s("X", 1, 2, 3));
    assertThatThrownBy(
            () -> c.bestWindows(new BestWindowRequest("X", T0, at(2), Duration.ofHours(3))))
        .isInstanceOf(CarbonAwareQueryException.class)
        .hasMessage(
            "No window of PT3H fits in [2023-01-01T00:00:00Z, 2023-01-01T02:00:00Z) within the"
                + " data of X (2023-01-01T00:00:00Z to 2023-01-01T03:00:00Z).");
  }

  // Gaps: left out, never filled; an average over a gap is refused.

  @Test
  void gapsAreLeftOutOfEmissionsAndOfEveryWindowThatTouchesThem() {
    CarbonAwareService c = service(s("ZZ", 10, Double.NaN, 30, 40, 50));
    assertThat(ratings(c.emissions(emissions(at(0), at(5), "ZZ"))))
        .containsExactly(10.0, 30.0, 40.0, 50.0);
    EmissionsRequest twoHours =
        new EmissionsRequest(List.of("ZZ"), at(0), at(5), Duration.ofHours(2));
    assertThat(starts(c.emissions(twoHours))).containsExactly(at(2), at(3));
    assertThat(ratings(c.bestEmissions(twoHours))).containsExactly(35.0);
    List<EmissionsRating> w =
        c.bestWindows(new BestWindowRequest("ZZ", at(0), at(5), Duration.ofHours(2)));
    assertThat(starts(w)).containsExactly(at(2));
  }

  @Test
  void anAverageOverAGapIsRefusedAndOverDataIsTimeWeighted() {
    CarbonAwareService c = service(s("ZZ", 100, 200, Double.NaN, 400));
    AverageIntensity a = c.averageIntensity(new AverageIntensityRequest("zz", at(0.5), at(2)));
    assertThat(a.carbonIntensity_gCO2e_per_kWh()).isCloseTo((50 + 200) / 1.5, within(1e-12));
    assertThat(a.location()).isEqualTo("zz");
    assertThatThrownBy(() -> c.averageIntensity(new AverageIntensityRequest("ZZ", at(1), at(3))))
        .isInstanceOf(CarbonAwareQueryException.class)
        .hasMessageContaining("its data cover 2023-01-01T00:00:00Z to 2023-01-01T04:00:00Z")
        .extracting(e -> ((CarbonAwareQueryException) e).title())
        .isEqualTo("No data in range");
  }

  @Test
  void intensityListsEveryHourOfTheRangeWithGapsAsNaN() {
    CarbonAwareService c = service(s("ZZ", 100, Double.NaN, 50));
    SignalSeries v = c.intensity(new HourlyIntensityRequest("ZZ", at(0.5), at(3.5)));
    assertThat(v.start()).isEqualTo(T0);
    assertThat(v.values()).containsExactly(100, Double.NaN, 50, Double.NaN);
  }

  // Defaults and checks.

  @Test
  void emissionsDefaultToTheDayBeforeNowAndOnePointForOneTime() {
    double[] day = new double[30];
    for (int i = 0; i < day.length; i++) {
      day[i] = i;
    }
    SignalSeries s =
        SignalSeries.hourly(SeriesMetadata.averageLifecycle("ZZ", "imported"), at(-26), day);
    CarbonAwareService c = service(s);
    List<EmissionsRating> lastDay = c.emissions(emissions(null, null, "ZZ"));
    assertThat(lastDay).hasSize(25);
    assertThat(lastDay.get(0).start()).isEqualTo(at(-23));
    assertThat(c.emissions(emissions(at(-25.5), null, "ZZ"))).hasSize(1);
  }

  @Test
  void badRangesAndEveryUnknownLocationAreRefusedTogether() {
    CarbonAwareService c = service(s("A", 1));
    assertThatThrownBy(() -> c.emissions(emissions(at(2), at(1), "A")))
        .hasMessage("toTime must not be before time.");
    assertThatThrownBy(() -> c.emissions(emissions(at(0), at(24 * 367), "A")))
        .hasMessage("The range from time to toTime exceeds 366 days.");
    assertThatThrownBy(() -> c.emissions(emissions(at(0), at(1), "A", "Atlantis", "Mu")))
        .isInstanceOfSatisfying(
            CarbonAwareQueryException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(CarbonAwareQueryException.Problem::value)
                  .containsExactly("Atlantis", "Mu");
              assertThat(e.title()).isEqualTo(CarbonAwareQueryException.INVALID);
            });
  }

  @Test
  void staleImportedDataAreForecastByTheTypicalYearOrRefusedWithoutOne() {
    CarbonAwareService c = service(s("DE", 100, 200), s("ZZ", 100, 200));
    Instant later = Instant.parse("2025-03-10T06:30:00Z");
    CarbonAwareService lateService =
        new CarbonAwareService(
            () ->
                SignalSources.importedThenBuiltIn(
                    SignalSources.of(List.of(s("DE", 100, 200), s("ZZ", 100, 200))), "regression"),
            Clock.fixed(later, ZoneOffset.UTC));
    EmissionsForecast de =
        lateService
            .currentForecasts(new CurrentForecastRequest(List.of("DE"), null, null, null))
            .get(0);
    assertThat(de.model()).isEqualTo("typical-year");
    assertThat(de.windowSize()).isEqualTo(Duration.ofHours(1));
    assertThat(de.generatedAt()).isEqualTo(Instant.parse("2025-03-10T06:00:00Z"));
    assertThat(de.requestedAt()).isEqualTo(later);
    assertThatThrownBy(
            () ->
                lateService.currentForecasts(
                    new CurrentForecastRequest(List.of("ZZ"), null, null, null)))
        .isInstanceOf(CarbonAwareQueryException.class)
        .hasMessageContaining("gap-free history");
    assertThat(c.locations().get(0).name()).isEqualTo("DE");
  }

  @Test
  void forecastWindowsFitBetweenTheBoundsAndBoundsOutsideTheForecastAreRefused() {
    Instant g = Instant.parse("2023-01-01T01:00:00Z");
    CarbonAwareService c = service();
    EmissionsForecast f =
        c.currentForecasts(
                new CurrentForecastRequest(
                    List.of("DE"),
                    g.plusSeconds(1800),
                    g.plusSeconds(6 * 3600),
                    Duration.ofHours(2)))
            .get(0);
    assertThat(starts(f.forecastData()))
        .containsExactly(
            g.plusSeconds(3600), g.plusSeconds(7200), g.plusSeconds(10800), g.plusSeconds(14400));
    assertThatThrownBy(
            () ->
                c.currentForecasts(
                    new CurrentForecastRequest(
                        List.of("DE"), g.minusSeconds(1), g.plusSeconds(99 * 3600), null)))
        .isInstanceOfSatisfying(
            CarbonAwareQueryException.class,
            e ->
                assertThat(e.problems())
                    .extracting(CarbonAwareQueryException.Problem::field)
                    .containsExactly("dataStartAt", "dataEndAt"));
  }

  @Test
  void noLocationWithAValueAtTheTimeIsRefused() {
    CarbonAwareService c = service(s("A", 1), s("B", 2));
    assertThatThrownBy(() -> c.bestLocations(new BestLocationRequest(List.of("A", "B"), at(5))))
        .hasMessage("No location's series covers 2023-01-01T05:00:00Z; the locations are [A, B]");
    assertThat(new ArrayList<>(c.bestLocations(new BestLocationRequest(List.of("B", "b"), at(0)))))
        .hasSize(1);
  }
}
