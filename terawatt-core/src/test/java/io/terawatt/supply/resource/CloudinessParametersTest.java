package io.terawatt.supply.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The presets follow from the monthly irradiation their Javadoc names. */
class CloudinessParametersTest {
  /** Berlin/Potsdam monthly GHI, kWh/m² (recalled PVGIS-SARAH/DWD long-term means, unverified). */
  private static final double[] BERLIN_GHI_KWH_PER_M2 = {
    20, 37, 76, 124, 158, 166, 164, 139, 92, 55, 24, 15
  };

  /** Phoenix monthly GHI, kWh/m² (recalled NSRDB TMY, unverified). */
  private static final double[] PHOENIX_GHI_KWH_PER_M2 = {
    105, 125, 180, 220, 255, 260, 240, 225, 195, 160, 115, 95
  };

  @Test
  void presetsFollowFromTheirMonthlyIrradiation() {
    double[] berlin = monthlyClearSky_kWh_per_m2(52.52, 13.405);
    double[] phoenix = monthlyClearSky_kWh_per_m2(33.45, -112.07);
    CloudinessParameters europe = CloudinessParameters.centralEurope();
    CloudinessParameters desert = CloudinessParameters.usDesertSouthwest();
    StringBuilder table = new StringBuilder("month  Berlin clear  k   Phoenix clear  k\n");
    for (int m = 1; m <= 12; m++) {
      double kBerlin = BERLIN_GHI_KWH_PER_M2[m - 1] / berlin[m - 1];
      double kPhoenix = PHOENIX_GHI_KWH_PER_M2[m - 1] / phoenix[m - 1];
      table.append(
          String.format(
              "%5d %13.1f %5.2f %13.1f %5.2f%n",
              m, berlin[m - 1], kBerlin, phoenix[m - 1], kPhoenix));
      assertThat(europe.meanClearSkyIndex(m)).as("Berlin %s", m).isCloseTo(kBerlin, within(0.006));
      assertThat(desert.meanClearSkyIndex(m))
          .as("Phoenix %s", m)
          .isCloseTo(Math.min(kPhoenix, 1.0), within(0.006));
    }
    System.out.print(table);
  }

  @Test
  void aMeanOutsideTheIndexRangeIsRejectedWithItsMonth() {
    double[] means = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.04};
    assertThatThrownBy(() -> CloudinessParameters.ofMonthlyMeans(means))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month 12")
        .hasMessageContaining("0.04");
    assertThatThrownBy(() -> CloudinessParameters.ofMonthlyMeans(new double[11]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12 monthly values");
  }

  @Test
  void theMonthlyMeansAreCopiedInAndOut() {
    double[] means = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
    CloudinessParameters p = CloudinessParameters.ofMonthlyMeans(means);
    means[0] = 0.9;
    p.meanClearSkyIndexByMonth()[1] = 0.9;

    assertThat(p.meanClearSkyIndex(1)).isEqualTo(0.5);
    assertThat(p.meanClearSkyIndex(2)).isEqualTo(0.5);
    assertThat(p).isEqualTo(CloudinessParameters.ofMean(0.5));
  }

  /** Haurwitz clear-sky GHI per month of 2023, integrated every 5 minutes. */
  static double[] monthlyClearSky_kWh_per_m2(double lat, double lon) {
    double[] m = new double[12];
    long from = LocalDate.of(2023, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long to = LocalDate.of(2024, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    for (long s = from; s < to; s += 300) {
      SolarPosition sun = SolarPosition.of(lat, lon, s + 150.0);
      int month = LocalDate.ofEpochDay(s / 86400).getMonthValue();
      m[month - 1] += ClearSkyIrradiance.globalHorizontal_W_per_m2(sun.cosZenith()) / 12 / 1000;
    }
    return m;
  }
}
