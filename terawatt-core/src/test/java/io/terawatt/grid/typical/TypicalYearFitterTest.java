package io.terawatt.grid.typical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fitter recovers known profiles and residual statistics from deterministic series. */
class TypicalYearFitterTest {

  @Test
  void recoversAnExactProfileWithNoResidual() {
    List<HourlySeries> data = List.of(Profiles.year(2021, i -> 1), Profiles.year(2022, i -> 1));

    TypicalYear ty = TypicalYearFitter.fit("DE", "known profile", data);

    double[] means = ty.meanByMonthDayTypeHour_gCO2e_per_kWh();
    Instant t = Instant.parse("2021-01-01T00:00:00Z");
    for (int i = 0; i < 2 * 8760; i++) {
      Instant hour = t.plus(Duration.ofHours(i));
      assertThat(means[TypicalYear.cellIndex(hour)])
          .as("hour %s", hour)
          .isCloseTo(Profiles.known(hour.atZone(ZoneOffset.UTC)), within(1e-9));
    }
    assertThat(ty.logResidualSigma()).isCloseTo(0, within(1e-12));
    assertThat(ty.logResidualLag1()).isZero();
    assertThat(ty.hours()).isEqualTo(17520);
    assertThat(ty.annualMean_gCO2e_per_kWh())
        .isCloseTo((data.get(0).mean() + data.get(1).mean()) / 2, within(1e-9));
    assertThat(ty.zone()).isEqualTo("DE");
    assertThat(ty.source()).isEqualTo("known profile");
  }

  @Test
  void recoversSpreadAndPersistenceOfASinusoidalResidual() {
    // x = profile * exp(A sin(w t)): the log residual is a sinusoid (plus a constant), whose
    // standard deviation is A / sqrt(2) and lag-1 autocorrelation cos(w); every cell samples its
    // phases evenly because 97 h is prime to 24 h, so cell means are profile * I0(A).
    double a = 0.3;
    double w = 2 * Math.PI / 97;
    List<HourlySeries> data =
        List.of(
            Profiles.year(2021, i -> Math.exp(a * Math.sin(w * i))),
            Profiles.year(2022, i -> Math.exp(a * Math.sin(w * (i + 8760)))));

    TypicalYear ty = TypicalYearFitter.fit("GB", "sinusoid", data);

    double besselI0 = 1 + a * a / 4 + Math.pow(a, 4) / 64 + Math.pow(a, 6) / 2304;
    // A weekend cell holds only about 17 hours, so single cells sample the phases unevenly
    // (up to 4 % off); the ratio averaged over all hours of a year is I0(a) to within 0.2 %.
    HourlySeries profile = Profiles.year(2022, i -> 1);
    double ratio = 0;
    for (int i = 0; i < profile.hours(); i++) {
      double mean = ty.mean(profile.start().plus(Duration.ofHours(i)));
      assertThat(mean / profile.valueAt(i)).isCloseTo(besselI0, withinPercentage(8));
      ratio += mean / profile.valueAt(i) / profile.hours();
    }
    assertThat(ratio).isCloseTo(besselI0, withinPercentage(0.2));
    assertThat(ty.logResidualSigma()).isCloseTo(a / Math.sqrt(2), withinPercentage(2));
    assertThat(ty.logResidualLag1()).isCloseTo(Math.cos(w), within(0.002));
  }

  @Test
  void zeroAndNegativeValuesAreAccepted() {
    HourlySeries data = Profiles.year(2023, i -> i % 10 == 0 ? -1 : (i % 10 == 1 ? 0 : 1));

    TypicalYear ty = TypicalYearFitter.fit("ZA", "glitches", List.of(data));

    assertThat(ty.logResidualSigma()).isFinite().isPositive();
    for (double m : ty.meanByMonthDayTypeHour_gCO2e_per_kWh()) {
      assertThat(m).isPositive();
    }
  }

  @Test
  void missingCellsAreNamedWithTheZone() {
    HourlySeries january =
        new HourlySeries(Instant.parse("2023-01-01T00:00:00Z"), new double[31 * 24], Profiles.UNIT);

    assertThatThrownBy(() -> TypicalYearFitter.fit("SG", "january", List.of(january)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SG")
        .hasMessageContaining("February weekday 00:00 UTC (cell 48)")
        .hasMessageContaining("528 of 576 cells");
  }

  @Test
  void otherUnitsAreRejected() {
    HourlySeries price =
        new HourlySeries(Instant.parse("2023-01-01T00:00:00Z"), new double[8760], "USD_per_MWh");

    assertThatThrownBy(() -> TypicalYearFitter.fit("SG", "prices", List.of(price)))
        .hasMessageContaining("USD_per_MWh")
        .hasMessageContaining("gCO2e_per_kWh");
    assertThatThrownBy(() -> TypicalYearFitter.fit("SG", "none", List.of()))
        .hasMessageContaining("SG");
  }

  @Test
  void lagOneDoesNotPairHoursAcrossSeries() {
    // The same year twice, once a above and once a below the profile: every cell mean is
    // profile * cosh(a) and the centred residual is +a in the first series, -a in the second.
    // Within each series 8759 pairs give +a^2; a pair across the boundary would give -a^2.
    double a = 0.2;
    HourlySeries above = Profiles.year(2021, i -> Math.exp(a));
    HourlySeries below = Profiles.year(2021, i -> Math.exp(-a));

    TypicalYear ty = TypicalYearFitter.fit("JP-TK", "above, below", List.of(above, below));

    assertThat(ty.logResidualSigma()).isCloseTo(a, within(1e-9));
    assertThat(ty.logResidualLag1()).isCloseTo(17518.0 / 17520.0, within(1e-9));
    assertThat(ty.mean(Instant.parse("2021-06-01T12:00:00Z")))
        .isCloseTo(
            Profiles.known(Instant.parse("2021-06-01T12:00:00Z").atZone(ZoneOffset.UTC))
                * Math.cosh(a),
            within(1e-9));
  }
}
