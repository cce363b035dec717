package io.terawatt.supply.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The NOAA solar position against published reference values. */
class SolarPositionTest {

  @Test
  void matchesTheNrelSpaReferenceExample() {
    // Reda and Andreas 2004, NREL/TP-560-34302, example in the appendix: Golden, Colorado,
    // 2003-10-17 12:30:30 local (UTC-7): topocentric zenith 50.11162°, azimuth 194.34024°.
    SolarPosition sun =
        SolarPosition.of(39.742476, -105.1786, Instant.parse("2003-10-17T19:30:30Z"));

    assertThat(90 - sun.elevation_deg()).isCloseTo(50.11162, within(0.02));
    assertThat(sun.azimuth_deg()).isCloseTo(194.34024, within(0.02));
  }

  @Test
  void declinationIsZeroAtTheEquinoxAndTheObliquityAtTheSolstice() {
    // March equinox 2022-03-20 15:33 UTC; June solstice 2022-06-21 09:14 UTC (USNO).
    assertThat(SolarPosition.of(0, 0, Instant.parse("2022-03-20T15:33:00Z")).declination_deg())
        .isCloseTo(0, within(0.01));
    assertThat(SolarPosition.of(0, 0, Instant.parse("2022-06-21T09:14:00Z")).declination_deg())
        .isCloseTo(23.436, within(0.01));
  }

  @Test
  void noonElevationAtTheEquinoxIsNinetyMinusTheLatitude() {
    LocalDate equinox = LocalDate.of(2022, 3, 20);
    for (double lat : new double[] {-60, -33.9, 0.5, 23.4, 40, 52.52}) {
      Instant noon = SolarPosition.solarNoon(lat, 13.4, equinox);
      SolarPosition sun = SolarPosition.of(lat, 13.4, noon);
      // Declination at noon is -0.15°: 0.2° covers it and the refraction.
      assertThat(sun.elevation_deg()).as("lat %s", lat).isCloseTo(90 - Math.abs(lat), within(0.2));
    }
  }

  @Test
  void theSunIsDueSouthAtSolarNoonInTheNorthAndDueNorthInTheSouth() {
    LocalDate day = LocalDate.of(2022, 11, 5);
    SolarPosition berlin =
        SolarPosition.of(52.52, 13.405, SolarPosition.solarNoon(52.52, 13.405, day));
    SolarPosition sydney =
        SolarPosition.of(-33.87, 151.21, SolarPosition.solarNoon(-33.87, 151.21, day));

    assertThat(berlin.azimuth_deg()).isCloseTo(180, within(0.1));
    assertThat(Math.min(sydney.azimuth_deg(), 360 - sydney.azimuth_deg()))
        .isCloseTo(0, within(0.1));
  }

  @Test
  void solarNoonInBerlinIsAboutElevenUtcAndFollowsTheEquationOfTime() {
    // Berlin is 13.4° east: 53.6 minutes before 12:00 UTC, less the equation of time
    // (+16.4 minutes on 3 November, -14.2 minutes on 11 February).
    Instant november = SolarPosition.solarNoon(52.52, 13.405, LocalDate.of(2022, 11, 3));
    Instant february = SolarPosition.solarNoon(52.52, 13.405, LocalDate.of(2022, 2, 11));

    assertThat(november)
        .isBetween(Instant.parse("2022-11-03T10:49:30Z"), Instant.parse("2022-11-03T10:50:30Z"));
    assertThat(february)
        .isBetween(Instant.parse("2022-02-11T11:20:00Z"), Instant.parse("2022-02-11T11:21:00Z"));
  }

  @Test
  void sunriseAndSunsetOnTheJuneSolsticeMatchPublishedTimes() {
    // timeanddate.com, 21 June 2022: Berlin 04:43 / 21:33 CEST, London 04:43 / 21:21 BST.
    LocalDate solstice = LocalDate.of(2022, 6, 21);
    assertWithinTwoMinutes(
        SolarPosition.sunrise(52.52, 13.405, solstice).orElseThrow(), "2022-06-21T02:43:00Z");
    assertWithinTwoMinutes(
        SolarPosition.sunset(52.52, 13.405, solstice).orElseThrow(), "2022-06-21T19:33:00Z");
    assertWithinTwoMinutes(
        SolarPosition.sunrise(51.5074, -0.1278, solstice).orElseThrow(), "2022-06-21T03:43:00Z");
    assertWithinTwoMinutes(
        SolarPosition.sunset(51.5074, -0.1278, solstice).orElseThrow(), "2022-06-21T20:21:00Z");
  }

  @Test
  void theSunIsOnTheHorizonAtSunriseAndUpBetweenSunriseAndSunset() {
    LocalDate day = LocalDate.of(2022, 9, 1);
    Instant rise = SolarPosition.sunrise(52.52, 13.405, day).orElseThrow();
    Instant set = SolarPosition.sunset(52.52, 13.405, day).orElseThrow();

    assertThat(SolarPosition.of(52.52, 13.405, rise.minusSeconds(600)).isUp()).isFalse();
    assertThat(SolarPosition.of(52.52, 13.405, rise.plusSeconds(600)).isUp()).isTrue();
    assertThat(SolarPosition.of(52.52, 13.405, set.minusSeconds(600)).isUp()).isTrue();
    assertThat(SolarPosition.of(52.52, 13.405, set.plusSeconds(600)).isUp()).isFalse();
    assertThat(SolarPosition.of(52.52, 13.405, rise.plusSeconds(3600)).azimuth_deg())
        .isBetween(60.0, 100.0);
  }

  @Test
  void thereIsNoSunriseInPolarDayOrPolarNight() {
    assertThat(SolarPosition.sunrise(80, 15, LocalDate.of(2022, 6, 21))).isEmpty();
    assertThat(SolarPosition.sunset(80, 15, LocalDate.of(2022, 12, 21))).isEmpty();
    assertThat(SolarPosition.of(80, 15, Instant.parse("2022-12-21T11:00:00Z")).isUp()).isFalse();
    assertThat(SolarPosition.of(80, 15, Instant.parse("2022-06-21T23:00:00Z")).isUp()).isTrue();
  }

  @Test
  void refractionLiftsTheSunByAboutHalfADegreeAtTheHorizon() {
    assertThat(SolarPosition.refraction_deg(0)).isCloseTo(0.48, within(0.02));
    assertThat(SolarPosition.refraction_deg(45)).isCloseTo(0.016, within(0.002));
    assertThat(SolarPosition.refraction_deg(89)).isZero();
  }

  @Test
  void rejectsCoordinatesOffTheGlobe() {
    Instant t = Instant.parse("2022-01-01T00:00:00Z");
    assertThatThrownBy(() -> SolarPosition.of(91, 0, t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latitude");
    assertThatThrownBy(() -> SolarPosition.of(0, -181, t))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longitude");
    assertThatThrownBy(() -> SolarPosition.of(Double.NaN, 0, t))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertWithinTwoMinutes(Instant actual, String expected) {
    assertThat(Duration.between(Instant.parse(expected), actual).abs())
        .isLessThanOrEqualTo(Duration.ofMinutes(2));
  }
}
