package io.terawatt.supply.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The seeded clear-sky index: bounds, monthly means, persistence, reproducibility. */
class CloudinessProcessTest {
  private static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
  private static final int YEAR_HOURS = 8760;

  @Test
  void oneSeedGivesOneSeriesAndAnotherSeedAnother() {
    CloudinessParameters p = CloudinessParameters.centralEurope();
    double[] a = CloudinessProcess.clearSkyIndex(START, YEAR_HOURS, 13.4, p, 42);
    double[] b = CloudinessProcess.clearSkyIndex(START, YEAR_HOURS, 13.4, p, 42);
    double[] c = CloudinessProcess.clearSkyIndex(START, YEAR_HOURS, 13.4, p, 43);

    assertThat(a).containsExactly(b);
    assertThat(a).isNotEqualTo(c);
  }

  @Test
  void theIndexStaysWithinItsBoundsAndUsesBothEnds() {
    CloudinessParameters p = CloudinessParameters.ofMean(0.6);
    double[] k = CloudinessProcess.clearSkyIndex(START, YEAR_HOURS, 0, p, 7);
    int overcast = 0;
    int clear = 0;
    for (double v : k) {
      assertThat(v).isBetween(p.minimumIndex(), p.maximumIndex());
      overcast += v < 0.3 ? 1 : 0;
      clear += v > 0.9 ? 1 : 0;
    }
    // A bimodal index: both overcast and clear hours are common.
    assertThat(overcast).isGreaterThan(YEAR_HOURS / 10);
    assertThat(clear).isGreaterThan(YEAR_HOURS / 5);
  }

  @Test
  void monthlyMeansMatchTheConfiguredMeansOverManySeeds() {
    CloudinessParameters p = CloudinessParameters.centralEurope();
    double[] sum = new double[12];
    int[] count = new int[12];
    for (long seed = 1; seed <= 40; seed++) {
      double[] k = CloudinessProcess.clearSkyIndex(START, YEAR_HOURS, 13.4, p, seed);
      for (int h = 0; h < k.length; h++) {
        int month =
            LocalDateTime.ofInstant(START.plusSeconds(3600L * h), ZoneOffset.UTC).getMonthValue();
        sum[month - 1] += k[h];
        count[month - 1]++;
      }
    }
    for (int m = 1; m <= 12; m++) {
      // Interpolating the logit location between mid-months bends the mean by under 0.01;
      // 40 seeds leave a sampling error of about 0.006.
      assertThat(sum[m - 1] / count[m - 1])
          .as("month %s", m)
          .isCloseTo(p.meanClearSkyIndex(m), within(0.025));
    }
  }

  @Test
  void theLogitLocationReproducesTheMean() {
    CloudinessParameters p = CloudinessParameters.ofMean(0.3);
    for (double mean : new double[] {0.1, 0.3, 0.62, 0.95, 1.04}) {
      double mu = CloudinessProcess.logitLocation(mean, p);
      double back =
          p.minimumIndex()
              + (p.maximumIndex() - p.minimumIndex())
                  * CloudinessProcess.expectedLogistic(mu, p.spread());
      assertThat(back).as("mean %s", mean).isCloseTo(mean, within(1e-9));
    }
  }

  @Test
  void hoursAndDaysArePersistent() {
    CloudinessParameters p = CloudinessParameters.ofMean(0.6);
    CloudinessParameters noDayMemory =
        new CloudinessParameters(
            p.meanClearSkyIndexByMonth(),
            p.spread(),
            0,
            p.hourToHourCorrelation(),
            0.6,
            0.05,
            1.05);
    double hourLag1 = 0;
    double dayLag1 = 0;
    double dayLag1Without = 0;
    int seeds = 10;
    for (long seed = 1; seed <= seeds; seed++) {
      double[] k = CloudinessProcess.clearSkyIndex(START, YEAR_HOURS, 0, p, seed);
      hourLag1 += lag1(k) / seeds;
      dayLag1 += lag1(dailyMeans(k)) / seeds;
      dayLag1Without +=
          lag1(dailyMeans(CloudinessProcess.clearSkyIndex(START, YEAR_HOURS, 0, noDayMemory, seed)))
              / seeds;
    }
    // Latent hourly correlation: 0.6 * (23/24 + 0.4/24) + 0.4 * 0.8 = 0.91, a little less
    // after the logistic.
    assertThat(hourLag1).isBetween(0.8, 0.95);
    // Daily means carry the day-level correlation 0.4 (somewhat diluted by the hourly part).
    assertThat(dayLag1).isBetween(0.25, 0.5);
    assertThat(dayLag1Without).isBetween(-0.08, 0.12);
  }

  @Test
  void daysChangeAtLocalSolarMidnightNotAtUtcMidnight() {
    // With no hourly component and no day-to-day memory, the index is constant within a local
    // solar day. At 120° W local midnight is 08:00 UTC.
    CloudinessParameters daysOnly =
        new CloudinessParameters(
            new double[] {0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6},
            1.6,
            0,
            0,
            1.0,
            0.05,
            1.05);
    double[] k =
        CloudinessProcess.clearSkyIndex(START.plusSeconds(86400L * 40), 72, -120, daysOnly, 3);

    assertThat(k[7]).isNotEqualTo(k[8]);
    assertThat(k[8]).isCloseTo(k[31], within(1e-12));
    assertThat(k[31]).isNotEqualTo(k[32]);
  }

  @Test
  void rejectsMeansOutsideTheBoundsAndMisalignedStarts() {
    assertThatThrownBy(() -> CloudinessParameters.ofMean(1.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month 1");
    assertThatThrownBy(
            () ->
                CloudinessProcess.clearSkyIndex(
                    START.plusSeconds(60), 10, 0, CloudinessParameters.ofMean(0.5), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whole UTC hour");
  }

  static double lag1(double[] x) {
    double mean = 0;
    for (double v : x) {
      mean += v / x.length;
    }
    double c0 = 0;
    double c1 = 0;
    for (int i = 0; i < x.length; i++) {
      c0 += (x[i] - mean) * (x[i] - mean);
      if (i > 0) {
        c1 += (x[i] - mean) * (x[i - 1] - mean);
      }
    }
    return c1 / c0;
  }

  private static double[] dailyMeans(double[] hourly) {
    double[] d = new double[hourly.length / 24];
    for (int i = 0; i < d.length * 24; i++) {
      d[i / 24] += hourly[i] / 24;
    }
    return d;
  }
}
