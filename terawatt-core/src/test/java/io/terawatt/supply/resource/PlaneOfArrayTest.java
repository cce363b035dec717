package io.terawatt.supply.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Transposition to fixed and tracking planes. */
class PlaneOfArrayTest {
  private static final double LAT = 52.52;
  private static final double LON = 13.405;

  @Test
  void aHorizontalPlaneReceivesTheGlobalHorizontalIrradiance() {
    SolarPosition sun = SolarPosition.of(LAT, LON, Instant.parse("2022-07-20T09:00:00Z"));
    HorizontalIrradiance h = clearSky(sun, 201);

    assertThat(PlaneOfArray.fixedTilt_W_per_m2(sun, h, e0(201), 0, 180, 0.2))
        .isCloseTo(h.global_W_per_m2(), within(1e-6));
    assertThat(PlaneOfArray.singleAxis_W_per_m2(sun, h, e0(201), 0, 0.2))
        .isCloseTo(h.global_W_per_m2(), within(1e-6));
  }

  @Test
  void aSouthTiltedPlaneGainsMostInWinterAndANorthTiltedOneLoses() {
    SolarPosition noon = SolarPosition.of(LAT, LON, Instant.parse("2022-12-21T11:08:00Z"));
    HorizontalIrradiance h = clearSky(noon, 355);

    double south = PlaneOfArray.fixedTilt_W_per_m2(noon, h, e0(355), LAT, 180, 0.2);
    double north = PlaneOfArray.fixedTilt_W_per_m2(noon, h, e0(355), LAT, 0, 0.2);

    assertThat(south).isGreaterThan(2.5 * h.global_W_per_m2());
    assertThat(north).isLessThan(h.global_W_per_m2());
  }

  @Test
  void aPlaneFacingTheSunReceivesTheBeamInFull() {
    SolarPosition sun = SolarPosition.of(LAT, LON, Instant.parse("2022-04-10T07:30:00Z"));
    HorizontalIrradiance h = clearSky(sun, 100);
    double facing =
        PlaneOfArray.fixedTilt_W_per_m2(
            sun, h, e0(100), 90 - sun.elevation_deg(), sun.azimuth_deg(), 0);

    assertThat(facing).isGreaterThanOrEqualTo(h.directNormal_W_per_m2());
    assertThat(facing).isGreaterThan(1.5 * h.global_W_per_m2());
  }

  @Test
  void theTrackerTurnsEastInTheMorningWestInTheAfternoonAndStopsAtItsLimit() {
    SolarPosition morning = SolarPosition.of(LAT, LON, Instant.parse("2022-06-21T05:00:00Z"));
    SolarPosition noon = SolarPosition.of(LAT, LON, Instant.parse("2022-06-21T11:08:00Z"));
    SolarPosition afternoon = SolarPosition.of(LAT, LON, Instant.parse("2022-06-21T15:00:00Z"));

    assertThat(PlaneOfArray.trackerRotation_deg(morning, 60)).isEqualTo(60);
    assertThat(PlaneOfArray.trackerRotation_deg(noon, 60)).isCloseTo(0, within(1.0));
    assertThat(PlaneOfArray.trackerRotation_deg(afternoon, 90)).isBetween(-90.0, -30.0);
  }

  @Test
  void theTrackerCollectsAtLeastAsMuchAsAHorizontalPlaneAllDay() {
    for (int hour = 4; hour <= 18; hour++) {
      Instant t = Instant.parse("2022-06-21T00:00:00Z").plusSeconds(3600L * hour);
      SolarPosition sun = SolarPosition.of(LAT, LON, t);
      HorizontalIrradiance h = clearSky(sun, 172);
      assertThat(PlaneOfArray.singleAxis_W_per_m2(sun, h, e0(172), 60, 0.2))
          .as("hour %s", hour)
          .isGreaterThanOrEqualTo(h.global_W_per_m2() - 1e-9);
    }
  }

  private static HorizontalIrradiance clearSky(SolarPosition sun, int dayOfYear) {
    double cosZ = sun.cosZenith();
    return ClearSkyIrradiance.split(
        ClearSkyIrradiance.globalHorizontal_W_per_m2(cosZ), cosZ, dayOfYear);
  }

  private static double e0(int dayOfYear) {
    return ClearSkyIrradiance.extraterrestrialNormal_W_per_m2(dayOfYear);
  }
}
