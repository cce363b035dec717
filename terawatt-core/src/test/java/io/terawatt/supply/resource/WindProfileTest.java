package io.terawatt.supply.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.timeseries.HourlySeries;
import org.junit.jupiter.api.Test;

/** Weibull speeds with hourly persistence through a power curve. */
class WindProfileTest {

  @Test
  void oneSeedGivesOneProfileAndAnotherSeedAnother() {
    WindParameters p = WindParameters.forMeanSpeed(7.5);
    HourlySeries a = WindProfile.generate(2023, 9, p);

    assertThat(a).isEqualTo(WindProfile.generate(2023, 9, p));
    assertThat(a.values()).isNotEqualTo(WindProfile.generate(2023, 10, p).values());
    assertThat(a.hours()).isEqualTo(8760);
    assertThat(a.unit()).isEqualTo("capacity_factor");
    assertThat(WindProfile.generate(2024, 9, p).hours()).isEqualTo(8784);
  }

  @Test
  void theMeanSpeedIsTheWeibullMean() {
    for (double shape : new double[] {1.5, 2.0, 3.0}) {
      WindParameters p =
          new WindParameters(
              shape,
              WindParameters.scaleForMean_mps(7.0, shape),
              0.95,
              0,
              1,
              0,
              0,
              PowerCurve.generic(),
              0.88);
      assertThat(p.weibullMean_mps()).isCloseTo(7.0, within(1e-9));
      double mean = 0;
      int seeds = 20;
      for (long seed = 1; seed <= seeds; seed++) {
        mean += WindProfile.speeds(2023, seed, p).mean() / seeds;
      }
      // One year of persistent hours has a standard error of about 3.5 % (k = 2); 20 years 0.8 %.
      assertThat(mean).as("shape %s", shape).isCloseTo(7.0, within(0.2));
    }
  }

  @Test
  void speedsFollowTheWeibullDistribution() {
    WindParameters p = WindParameters.forMeanSpeed(8).withHourToHourCorrelation(0.5);
    double c = p.weibullScale_mps();
    int below = 0;
    int belowHalf = 0;
    int n = 0;
    for (long seed = 1; seed <= 10; seed++) {
      for (double v : WindProfile.speeds(2023, seed, p).values()) {
        below += v < c ? 1 : 0;
        belowHalf += v < c / 2 ? 1 : 0;
        n++;
      }
    }
    // F(c) = 1 - e^-1 = 0.632; F(c/2) = 1 - e^-0.25 = 0.221 for k = 2.
    assertThat((double) below / n).isCloseTo(0.632, within(0.01));
    assertThat((double) belowHalf / n).isCloseTo(0.221, within(0.01));
  }

  @Test
  void lagOneAutocorrelationIsTheConfiguredOne() {
    for (double target : new double[] {0.8, 0.95}) {
      WindParameters p = WindParameters.forMeanSpeed(7.5).withHourToHourCorrelation(target);
      double lag1 = 0;
      int seeds = 10;
      for (long seed = 1; seed <= seeds; seed++) {
        lag1 += CloudinessProcessTest.lag1(WindProfile.speeds(2023, seed, p).values()) / seeds;
      }
      System.out.printf(
          "wind lag-1 autocorrelation: configured %.2f, latent %.4f, measured %.4f%n",
          target, WindProfile.latentCorrelation(target, 2), lag1);
      assertThat(lag1).as("target %s", target).isCloseTo(target, within(0.01));
    }
    // The transform weakens correlation, so the latent Gaussian is a little more persistent.
    assertThat(WindProfile.latentCorrelation(0.8, 2)).isGreaterThan(0.8).isLessThan(0.83);
    assertThat(WindProfile.latentCorrelation(0, 2)).isZero();
  }

  @Test
  void capacityFactorsAreInPlausibleRanges() {
    double generic7 = meanCf(WindParameters.forMeanSpeed(7));
    double generic8 = meanCf(WindParameters.forMeanSpeed(8));
    double modern7 =
        meanCf(WindParameters.forMeanSpeed(7).withPowerCurve(PowerCurve.iea34MwOnshore()));
    double modern8 =
        meanCf(WindParameters.forMeanSpeed(8).withPowerCurve(PowerCurve.iea34MwOnshore()));
    System.out.printf(
        "Wind capacity factor (Weibull k = 2, net 0.88, 2023, seeds 1-10):%n"
            + "  generic 3/12/25 m/s:   7 m/s %.4f, 8 m/s %.4f%n"
            + "  IEA 3.4 MW 4/9.8/25:   7 m/s %.4f, 8 m/s %.4f%n",
        generic7, generic8, modern7, modern8);

    // Exact expectations by integrating the curve over the Weibull density: 0.258, 0.333,
    // 0.352, 0.431.
    assertThat(generic7).isCloseTo(0.258, within(0.015));
    assertThat(generic8).isCloseTo(0.333, within(0.015));
    // Recent onshore fleets (low specific power) reach 30-45 % at 7-8 m/s.
    assertThat(modern7).isBetween(0.30, 0.45);
    assertThat(modern8).isBetween(0.30, 0.45);
  }

  @Test
  void seasonalAndDailyCyclesShapeTheSpeeds() {
    WindParameters p =
        WindParameters.forMeanSpeed(7.5)
            .withSeasonalCycle(0.2, 15)
            .withDiurnalCycle(0.15, 14)
            .withHourToHourCorrelation(0.6);
    double january = 0;
    double july = 0;
    double afternoon = 0;
    double night = 0;
    int seeds = 5;
    for (long seed = 1; seed <= seeds; seed++) {
      HourlySeries v = WindProfile.speeds(2023, seed, p);
      for (int h = 0; h < 31 * 24; h++) {
        january += v.valueAt(h);
        july += v.valueAt(181 * 24 + h);
      }
      for (int day = 0; day < 365; day++) {
        afternoon += v.valueAt(day * 24 + 14);
        night += v.valueAt(day * 24 + 2);
      }
    }
    assertThat(january / july).isBetween(1.35, 1.65);
    assertThat(afternoon / night).isBetween(1.25, 1.45);
    // The cycles average out over the year.
    double mean = 0;
    for (long seed = 1; seed <= seeds; seed++) {
      mean += WindProfile.speeds(2023, seed, p).mean() / seeds;
    }
    assertThat(mean).isCloseTo(7.5, within(0.2));
  }

  @Test
  void thePowerCurveIsCubicBetweenCutInAndRated() {
    PowerCurve curve = PowerCurve.generic();

    assertThat(curve.output_fraction(2.9)).isZero();
    assertThat(curve.output_fraction(3)).isZero();
    assertThat(curve.output_fraction(7.5)).isCloseTo((421.875 - 27) / (1728 - 27), within(1e-12));
    assertThat(curve.output_fraction(12)).isEqualTo(1);
    assertThat(curve.output_fraction(24.9)).isEqualTo(1);
    assertThat(curve.output_fraction(25)).isZero();
    assertThat(curve.output_fraction(Double.NaN)).isZero();
    assertThatThrownBy(() -> new PowerCurve(5, 4, 25))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cut-in");
  }

  @Test
  void specialFunctionsGiveKnownValues() {
    assertThat(SpecialFunctions.gamma(1.5)).isCloseTo(Math.sqrt(Math.PI) / 2, within(1e-12));
    assertThat(SpecialFunctions.gamma(5)).isCloseTo(24, within(1e-10));
    assertThat(SpecialFunctions.normalUpperTail(0)).isCloseTo(0.5, within(1e-7));
    assertThat(SpecialFunctions.normalUpperTail(1.959964)).isCloseTo(0.025, within(1e-7));
    assertThat(SpecialFunctions.normalUpperTail(-3)).isCloseTo(0.998650102, within(1e-7));
    assertThat(WindProfile.weibullQuantileOfNormal(0, 2))
        .isCloseTo(Math.sqrt(Math.log(2)), within(1e-6));
    assertThat(WindParameters.shearedSpeed_mps(6, 10, 100, 1.0 / 7))
        .isCloseTo(6 * Math.pow(10, 1.0 / 7), within(1e-12));
  }

  private static double meanCf(WindParameters p) {
    double sum = 0;
    for (long seed = 1; seed <= 10; seed++) {
      sum += WindProfile.generate(2023, seed, p).mean();
    }
    return sum / 10;
  }
}
