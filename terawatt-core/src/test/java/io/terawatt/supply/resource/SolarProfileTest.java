package io.terawatt.supply.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Hourly PV capacity factors: shape, bounds, reproducibility and plausible annual levels. */
class SolarProfileTest {
  private static final double BERLIN_LAT = 52.52;
  private static final double BERLIN_LON = 13.405;
  private static final double PHOENIX_LAT = 33.45;
  private static final double PHOENIX_LON = -112.07;
  private static final double SYDNEY_LAT = -33.87;
  private static final double SYDNEY_LON = 151.21;

  /**
   * Sydney: a constant mean clear-sky index of 0.73 (about 1650 kWh/m² a year of GHI over a
   * Haurwitz clear sky of about 2260; recalled BoM figure, unverified) and 21 ± 5 °C by day.
   */
  private static final SolarParameters SYDNEY =
      SolarParameters.of(CloudinessParameters.ofMean(0.73), 21, 5);

  @Test
  void aYearHasEveryUtcHourAndTheCapacityFactorUnit() {
    HourlySeries normal =
        SolarProfile.generate(BERLIN_LAT, BERLIN_LON, 2023, 1, SolarParameters.centralEurope());
    HourlySeries leap =
        SolarProfile.generate(BERLIN_LAT, BERLIN_LON, 2024, 1, SolarParameters.centralEurope());

    assertThat(normal.hours()).isEqualTo(8760);
    assertThat(leap.hours()).isEqualTo(8784);
    assertThat(normal.start()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
    assertThat(normal.unit()).isEqualTo("capacity_factor");
  }

  @Test
  void oneSeedGivesOneProfileAndAnotherSeedAnother() {
    SolarParameters p = SolarParameters.centralEurope();
    HourlySeries a = SolarProfile.generate(BERLIN_LAT, BERLIN_LON, 2023, 5, p);
    HourlySeries b = SolarProfile.generate(BERLIN_LAT, BERLIN_LON, 2023, 5, p);
    HourlySeries c = SolarProfile.generate(BERLIN_LAT, BERLIN_LON, 2023, 6, p);

    assertThat(a).isEqualTo(b);
    assertThat(a.values()).isNotEqualTo(c.values());
  }

  @Test
  void valuesStayBetweenZeroAndTheInverterLimitAndNightsAreDark() {
    SolarParameters p = SolarParameters.usDesertSouthwest().withLosses(0, 1, 1.3);
    HourlySeries cf = SolarProfile.generate(PHOENIX_LAT, PHOENIX_LON, 2023, 2, p);
    double max = 0;
    for (int h = 0; h < cf.hours(); h++) {
      assertThat(cf.valueAt(h)).isBetween(0.0, 1 / 1.3 + 1e-12);
      max = Math.max(max, cf.valueAt(h));
    }
    // Lossless modules on a 1.3 DC/AC inverter clip on clear spring middays.
    assertThat(max).isEqualTo(1 / 1.3);
    // Phoenix (UTC-7): 07:00-08:00 UTC is midnight.
    for (int day = 0; day < 365; day++) {
      assertThat(cf.valueAt(24 * day + 7)).isZero();
    }
  }

  @Test
  void theClearSkyDayPeaksAtSolarNoonAndIsSymmetric() {
    HourlySeries clear =
        SolarProfile.clearSky(BERLIN_LAT, BERLIN_LON, 2023, SolarParameters.centralEurope());
    int day = 172; // 22 June
    int peak = 0;
    for (int h = 0; h < 24; h++) {
      if (clear.valueAt(24 * day + h) > clear.valueAt(24 * day + peak)) {
        peak = h;
      }
    }
    // Solar noon in Berlin is at about 11:08 UTC: the hour 11:00-12:00 UTC.
    assertThat(peak).isEqualTo(11);
    // The day's output is centred on solar noon (11:08 UTC = 11.13 h).
    double weighted = 0;
    double total = 0;
    for (int h = 0; h < 24; h++) {
      weighted += (h + 0.5) * clear.valueAt(24 * day + h);
      total += clear.valueAt(24 * day + h);
    }
    assertThat(weighted / total).isCloseTo(11.13, within(0.15));
  }

  @Test
  void summerOutproducesWinterAndCloudsRemoveEnergy() {
    SolarParameters p = SolarParameters.centralEurope();
    HourlySeries cf = SolarProfile.generate(BERLIN_LAT, BERLIN_LON, 2023, 3, p);
    HourlySeries clear = SolarProfile.clearSky(BERLIN_LAT, BERLIN_LON, 2023, p);

    double july = mean(cf, 181 * 24, 31 * 24);
    double december = mean(cf, 334 * 24, 31 * 24);
    assertThat(july).isGreaterThan(4 * december);
    assertThat(cf.mean()).isLessThan(0.75 * clear.mean());
  }

  @Test
  void southernSitesFaceNorth() {
    double equatorFacing = SolarProfile.clearSky(SYDNEY_LAT, SYDNEY_LON, 2023, SYDNEY).mean();
    double southFacing =
        SolarProfile.clearSky(
                SYDNEY_LAT, SYDNEY_LON, 2023, SYDNEY.withOrientation(Math.abs(SYDNEY_LAT), 180))
            .mean();

    assertThat(SYDNEY.surfaceAzimuthAt(SYDNEY_LAT)).isEqualTo(0);
    assertThat(equatorFacing).isGreaterThan(1.4 * southFacing);
  }

  @Test
  void annualCapacityFactorsAreInPlausibleRanges() {
    SolarParameters europe = SolarParameters.centralEurope();
    SolarParameters desert = SolarParameters.usDesertSouthwest();
    SolarParameters desertTracking = desert.withMounting(Mounting.SINGLE_AXIS);
    double berlin = meanOverSeeds(BERLIN_LAT, BERLIN_LON, europe);
    double phoenix = meanOverSeeds(PHOENIX_LAT, PHOENIX_LON, desert);
    double phoenixTracking = meanOverSeeds(PHOENIX_LAT, PHOENIX_LON, desertTracking);
    double sydney = meanOverSeeds(SYDNEY_LAT, SYDNEY_LON, SYDNEY);
    System.out.printf(
        "Annual PV capacity factor per kWp (2023, mean of seeds 1-5; seed 1 in brackets):%n"
            + "  Berlin fixed, latitude tilt   %.4f (%.4f)  expected 0.10-0.12%n"
            + "  Phoenix fixed, latitude tilt  %.4f (%.4f)  expected 0.20-0.22%n"
            + "  Phoenix single-axis           %.4f (%.4f)  expected 0.25-0.30%n"
            + "  Sydney fixed, latitude tilt   %.4f (%.4f)  expected 0.15-0.17%n",
        berlin,
        SolarProfile.generate(BERLIN_LAT, BERLIN_LON, 2023, 1, europe).mean(),
        phoenix,
        SolarProfile.generate(PHOENIX_LAT, PHOENIX_LON, 2023, 1, desert).mean(),
        phoenixTracking,
        SolarProfile.generate(PHOENIX_LAT, PHOENIX_LON, 2023, 1, desertTracking).mean(),
        sydney,
        SolarProfile.generate(SYDNEY_LAT, SYDNEY_LON, 2023, 1, SYDNEY).mean());

    // PVGIS and renewables.ninja give 950-1100 kWh/kWp a year for German fixed systems.
    assertThat(berlin).isBetween(0.095, 0.125);
    // PVWatts, Phoenix, 14 % losses: about 1800-1900 kWh/kWp fixed, 2200-2400 tracking.
    assertThat(phoenix).isBetween(0.19, 0.23);
    assertThat(phoenixTracking).isBetween(0.23, 0.29);
    assertThat(phoenixTracking / phoenix).isBetween(1.12, 1.35);
    // Sydney rooftop yields of 1300-1500 kWh/kWp (unverified) are 15-17 %.
    assertThat(sydney).isBetween(0.14, 0.18);
  }

  @Test
  void rejectsSitesOffTheGlobe() {
    assertThatThrownBy(() -> SolarProfile.generate(95, 0, 2023, 1, SolarParameters.centralEurope()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latitude");
  }

  private static double meanOverSeeds(double lat, double lon, SolarParameters p) {
    double sum = 0;
    for (long seed = 1; seed <= 5; seed++) {
      sum += SolarProfile.generate(lat, lon, 2023, seed, p).mean();
    }
    return sum / 5;
  }

  private static double mean(HourlySeries s, int from, int hours) {
    double sum = 0;
    for (int h = from; h < from + hours; h++) {
      sum += s.valueAt(h);
    }
    return sum / hours;
  }
}
