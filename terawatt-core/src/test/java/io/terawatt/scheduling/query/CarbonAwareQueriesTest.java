package io.terawatt.scheduling.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Carbon Aware SDK-style queries on hand-made series. */
class CarbonAwareQueriesTest {
  private static final Instant T0 = Instant.parse("2023-01-01T00:00:00Z");

  private static HourlySeries s(double... v) {
    return new HourlySeries(T0, v, "gCO2e/kWh");
  }

  private static Instant at(double hours) {
    return T0.plus(Duration.ofSeconds((long) (hours * 3600)));
  }

  @Test
  void bestLocationIsTheLowestInTheHourAndReturnsAllTies() {
    Map<String, HourlySeries> m = new LinkedHashMap<>();
    m.put("A", s(300, 100, 50));
    m.put("B", s(200, 100, 80));
    m.put("C", s(250, 150, 60));

    List<EmissionsRating> h0 = CarbonAwareQueries.bestLocationAt(m, at(0.5));
    List<EmissionsRating> h1 = CarbonAwareQueries.bestLocationAt(m, at(1));

    assertThat(h0).extracting(EmissionsRating::location).containsExactly("B");
    assertThat(h0.get(0).rating_gCO2e_per_kWh()).isEqualTo(200);
    assertThat(h0.get(0).start()).isEqualTo(T0);
    assertThat(h1).extracting(EmissionsRating::location).containsExactly("A", "B");
    assertThat(new CarbonAwareQueries(m).bestLocationAt(at(2.9)))
        .extracting(EmissionsRating::location)
        .containsExactly("A");
    assertThatThrownBy(() -> CarbonAwareQueries.bestLocationAt(m, at(3)))
        .hasMessageContaining("covers");
  }

  @Test
  void bestWindowIsTheLowestRollingMeanThatFitsInsideTheRange() {
    // The SDK's own example: [10, 20, 30, 40, 5] with a two-step window: the last point is lowest
    // but a window cannot start there; the rolling means are [15, 25, 35, 22.5].
    HourlySeries v = s(10, 20, 30, 40, 5);
    EmissionsRating r = CarbonAwareQueries.bestWindow("X", v, T0, at(5), Duration.ofHours(2));
    assertThat(r.start()).isEqualTo(T0);
    assertThat(r.rating_gCO2e_per_kWh()).isEqualTo(15);
    assertThat(r.duration()).isEqualTo(Duration.ofHours(2));

    // [5, 55, 10, 10, 10]: means [30, 32.5, 10, 10]; ties go to the earliest (hour 2).
    EmissionsRating t =
        CarbonAwareQueries.bestWindow("X", s(5, 55, 10, 10, 10), T0, at(5), Duration.ofHours(2));
    assertThat(t.start()).isEqualTo(at(2));
    assertThat(t.rating_gCO2e_per_kWh()).isEqualTo(10);

    // The range cuts the data: from hour 1 to hour 4 only windows at 1 and 2 fit.
    EmissionsRating cut = CarbonAwareQueries.bestWindow("X", v, at(1), at(4), Duration.ofHours(2));
    assertThat(cut.start()).isEqualTo(at(1));
    assertThat(cut.rating_gCO2e_per_kWh()).isEqualTo(25);
  }

  @Test
  void aWindowOfPartialHoursIsTimeWeighted() {
    // 90 minutes from hour 1: (20 + 0.5 * 30) / 1.5.
    EmissionsRating r =
        CarbonAwareQueries.bestWindow(
            "X", s(100, 20, 30, 100), at(0.5), at(4), Duration.ofMinutes(90));
    assertThat(r.start()).isEqualTo(at(1));
    assertThat(r.rating_gCO2e_per_kWh()).isCloseTo(35.0 / 1.5, within(1e-12));
  }

  @Test
  void noFittingWindowIsAnError() {
    assertThatThrownBy(
            () -> CarbonAwareQueries.bestWindow("X", s(1, 2, 3), T0, at(2), Duration.ofHours(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No window");
  }

  @Test
  void emissionsBetweenIsTheTimeWeightedMean() {
    CarbonAwareQueries q = new CarbonAwareQueries(Map.of("A", s(100, 200, 400)));
    EmissionsRating r = q.emissionsBetween("A", at(0.5), at(2));
    assertThat(r.rating_gCO2e_per_kWh()).isCloseTo((50 + 200) / 1.5, within(1e-12));
    assertThat(r.duration()).isEqualTo(Duration.ofMinutes(90));
    assertThatThrownBy(() -> q.emissionsBetween("B", T0, at(1))).hasMessageContaining("Unknown");
  }
}
