package io.terawatt.supply.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Haurwitz clear sky, Spencer's extraterrestrial irradiance and the Erbs split. */
class ClearSkyIrradianceTest {

  @Test
  void haurwitzGivesItsPublishedValues() {
    // 1098 exp(-0.059) at the zenith; 1098 * 0.5 * exp(-0.118) at 60°.
    assertThat(ClearSkyIrradiance.globalHorizontal_W_per_m2(1)).isCloseTo(1035.1, within(0.1));
    assertThat(ClearSkyIrradiance.globalHorizontal_W_per_m2(0.5)).isCloseTo(487.9, within(0.1));
    assertThat(ClearSkyIrradiance.globalHorizontal_W_per_m2(0)).isZero();
    assertThat(ClearSkyIrradiance.globalHorizontal_W_per_m2(-0.3)).isZero();
  }

  @Test
  void extraterrestrialIrradianceIsHighestAtPerihelionAndLowestAtAphelion() {
    assertThat(ClearSkyIrradiance.extraterrestrialNormal_W_per_m2(3)).isCloseTo(1413, within(3.0));
    assertThat(ClearSkyIrradiance.extraterrestrialNormal_W_per_m2(185))
        .isCloseTo(1322, within(3.0));
  }

  @Test
  void erbsDiffuseFractionIsContinuousAndFallsWithClearness() {
    assertThat(ClearSkyIrradiance.diffuseFraction(0.1)).isCloseTo(0.991, within(1e-9));
    assertThat(ClearSkyIrradiance.diffuseFraction(0.9)).isEqualTo(0.165);
    assertThat(ClearSkyIrradiance.diffuseFraction(0.2200001))
        .isCloseTo(ClearSkyIrradiance.diffuseFraction(0.22), within(0.001));
    assertThat(ClearSkyIrradiance.diffuseFraction(0.8000001))
        .isCloseTo(ClearSkyIrradiance.diffuseFraction(0.8), within(0.001));
    // Non-increasing, up to the polynomial's shallow dip (to 0.1646) just below kt = 0.8.
    double previous = 1.01;
    for (double kt = 0; kt <= 1.0; kt += 0.01) {
      double fraction = ClearSkyIrradiance.diffuseFraction(kt);
      assertThat(fraction).as("kt %s", kt).isLessThanOrEqualTo(previous + 0.001);
      previous = fraction;
    }
  }

  @Test
  void theSplitConservesGlobalIrradianceAndGivesAPlausibleClearSkyBeam() {
    double cosZ = Math.cos(Math.toRadians(30));
    double ghi = ClearSkyIrradiance.globalHorizontal_W_per_m2(cosZ);
    HorizontalIrradiance split = ClearSkyIrradiance.split(ghi, cosZ, 172);

    assertThat(split.directNormal_W_per_m2() * cosZ + split.diffuse_W_per_m2())
        .isCloseTo(ghi, within(1e-9));
    // A clear summer noon: DNI 750-950 W/m², diffuse 10-25 % of global.
    assertThat(split.directNormal_W_per_m2()).isBetween(750.0, 950.0);
    assertThat(split.diffuse_W_per_m2() / ghi).isBetween(0.10, 0.25);
  }

  @Test
  void anOvercastSkyIsAllDiffuseAndALowSunHasNoBeam() {
    double cosZ = Math.cos(Math.toRadians(40));
    HorizontalIrradiance overcast =
        ClearSkyIrradiance.split(
            0.15 * ClearSkyIrradiance.globalHorizontal_W_per_m2(cosZ), cosZ, 100);
    HorizontalIrradiance dawn = ClearSkyIrradiance.split(20, Math.cos(Math.toRadians(88)), 100);

    assertThat(overcast.diffuse_W_per_m2() / overcast.global_W_per_m2()).isGreaterThan(0.95);
    assertThat(dawn.directNormal_W_per_m2()).isZero();
    assertThat(dawn.diffuse_W_per_m2()).isEqualTo(20);
    assertThat(ClearSkyIrradiance.split(100, -0.1, 100).global_W_per_m2()).isZero();
  }
}
