package io.terawatt.grid.typical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.terawatt.timeseries.HourlySeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Fits typical years to Electricity Maps 2021-2022 (life-cycle intensity) for twelve zones,
 * generates 2023 with seed 1, and compares it with the real 2023.
 */
class TypicalYearRealDataIT {
  private static final List<String> ZONES =
      List.of(
          "AU-NSW",
          "BR-SP",
          "CA-ON",
          "DE-LU",
          "GB",
          "IN-WE",
          "JP-TK",
          "SG",
          "US-CAL-CISO",
          "US-MIDA-PJM",
          "US-TEX-ERCO",
          "ZA");
  private static final String FOLDER = "grid/electricitymaps-hourly";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Test
  void synthetic2023IsCloseToReal2023() throws IOException {
    Path folder = sharedData(FOLDER);
    assumeTrue(
        folder != null,
        "shared data absent: shared/data/" + FOLDER + " not found above the working directory");

    List<Row> rows = new ArrayList<>();
    for (String zone : ZONES) {
      List<HourlySeries> training = List.of(read(folder, zone, 2021), read(folder, zone, 2022));
      TypicalYear ty =
          TypicalYearFitter.fit(zone, "Electricity Maps hourly 2021-2022, LCA", training);
      HourlySeries real = read(folder, zone, 2023);
      HourlySeries synthetic = SyntheticYearGenerator.generate(ty, 2023, 1);
      HourlySeries profile = profileOf(ty, real);
      rows.add(
          new Row(
              ty,
              SyntheticComparison.compare(real, synthetic),
              SyntheticComparison.compare(real, profile)));
    }
    print(rows);

    int profileWithin15 = 0;
    int syntheticWithin15 = 0;
    int monthlyAbove04 = 0;
    for (Row row : rows) {
      String zone = row.typicalYear().zone();
      SyntheticComparison c = row.synthetic();
      SyntheticComparison p = row.profile();
      // The generator keeps the profile's level: the synthetic 2023 mean lies within four
      // standard errors of the profile's 2023 mean (the error is large where the residual is
      // persistent: about 9 % for BR-SP, under 1.5 % for IN-WE, JP-TK, SG, ZA).
      double profileMean = p.synthetic().mean_gCO2e_per_kWh();
      assertThat(Math.abs(c.synthetic().mean_gCO2e_per_kWh() / profileMean - 1))
          .as("%s synthetic vs profile mean", zone)
          .isLessThanOrEqualTo(4 * standardError(row.typicalYear(), c.real().hours()));
      // The shape over the day matches real 2023 in every zone (lowest measured: ERCOT, 0.88).
      assertThat(p.diurnalProfileCorrelation()).as("%s diurnal profile", zone).isGreaterThan(0.85);
      assertThat(c.diurnalProfileCorrelation())
          .as("%s synthetic diurnal", zone)
          .isGreaterThan(0.85);
      // Hour-to-hour persistence is reproduced closely everywhere (measured within 0.01).
      assertThat(c.synthetic().lag1())
          .as("%s lag 1", zone)
          .isCloseTo(c.real().lag1(), within(0.02));
      // Day-to-day spread (std of daily means) is not badly underestimated: measured synthetic /
      // real 0.62 (SG, whose real spread is 2.9 g) to 2.4 (BR-SP, which got cleaner and calmer).
      assertThat(c.synthetic().dailyMeanStd_gCO2e_per_kWh())
          .as("%s day-to-day spread", zone)
          .isBetween(
              0.55 * c.real().dailyMeanStd_gCO2e_per_kWh(),
              2.6 * c.real().dailyMeanStd_gCO2e_per_kWh());
      // Real 2023 drifted from the 2021-2022 level by up to 52 % (BR-SP, profile 137 g, real
      // 90 g); this bounds the drift, catching a wrong column or unit rather than the model.
      assertThat(Math.abs(p.meanRelativeDifference())).as("%s drift", zone).isLessThan(0.6);
      profileWithin15 += Math.abs(p.meanRelativeDifference()) <= 0.15 ? 1 : 0;
      syntheticWithin15 += Math.abs(c.meanRelativeDifference()) <= 0.15 ? 1 : 0;
      monthlyAbove04 += c.monthlyMeanCorrelation() > 0.4 ? 1 : 0;
    }
    // 8 of 12 zones measured: AU-NSW, IN-WE, JP-TK, SG, US-CAL-CISO, US-MIDA-PJM, US-TEX-ERCO, ZA.
    assertThat(profileWithin15)
        .as("zones whose profile mean is within 15 % of real 2023")
        .isGreaterThanOrEqualTo(8);
    assertThat(syntheticWithin15)
        .as("zones whose synthetic mean is within 15 % of real 2023")
        .isGreaterThanOrEqualTo(8);
    // Seasonal shape changes between years: month means correlate above 0.4 in 10 of 12 zones
    // (DE-LU and GB, whose 2023 seasons differed from 2021-2022, are the exceptions).
    assertThat(monthlyAbove04)
        .as("zones whose synthetic month means correlate above 0.4 with real 2023")
        .isGreaterThanOrEqualTo(9);
  }

  /**
   * Relative standard error of a synthetic year's mean: the lognormal factor's coefficient of
   * variation over the square root of the AR(1)'s effective number of independent hours.
   */
  private static double standardError(TypicalYear ty, int hours) {
    double sigma = ty.logResidualSigma();
    double phi = ty.logResidualLag1();
    double effectiveHours = hours * (1 - phi) / (1 + phi);
    return Math.sqrt(Math.expm1(sigma * sigma) / effectiveHours);
  }

  /** The typical year's profile over the hours of {@code like}. */
  private static HourlySeries profileOf(TypicalYear ty, HourlySeries like) {
    double[] v = new double[like.hours()];
    for (int i = 0; i < v.length; i++) {
      v[i] = ty.mean(like.start().plus(Duration.ofHours(i)));
    }
    return new HourlySeries(like.start(), v, like.unit());
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }

  private record Row(
      TypicalYear typicalYear, SyntheticComparison synthetic, SyntheticComparison profile) {}

  private static void print(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-12s %6s %6s %6s %6s %6s %5s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s%n",
            "zone",
            "tyMean",
            "prof23",
            "real",
            "synth",
            "diff%",
            "se%",
            "rStd",
            "sStd",
            "rDay",
            "sDay",
            "diurnR",
            "monR",
            "pMonR",
            "rLag1",
            "sLag1",
            "rLag24",
            "sLag24",
            "sigma",
            "phi"));
    for (Row row : rows) {
      SyntheticComparison c = row.synthetic();
      SyntheticComparison p = row.profile();
      out.append(
          String.format(
              Locale.ROOT,
              "%-12s %6.1f %6.1f %6.1f %6.1f %+6.1f %5.1f %6.1f %6.1f %6.1f %6.1f %6.3f %6.3f %6.3f"
                  + " %6.3f %6.3f %6.3f %6.3f %6.3f %6.4f%n",
              row.typicalYear().zone(),
              row.typicalYear().annualMean_gCO2e_per_kWh(),
              p.synthetic().mean_gCO2e_per_kWh(),
              c.real().mean_gCO2e_per_kWh(),
              c.synthetic().mean_gCO2e_per_kWh(),
              100 * c.meanRelativeDifference(),
              100 * standardError(row.typicalYear(), c.real().hours()),
              c.real().std_gCO2e_per_kWh(),
              c.synthetic().std_gCO2e_per_kWh(),
              c.real().dailyMeanStd_gCO2e_per_kWh(),
              c.synthetic().dailyMeanStd_gCO2e_per_kWh(),
              c.diurnalProfileCorrelation(),
              c.monthlyMeanCorrelation(),
              p.monthlyMeanCorrelation(),
              c.real().lag1(),
              c.synthetic().lag1(),
              c.real().lag24(),
              c.synthetic().lag24(),
              row.typicalYear().logResidualSigma(),
              row.typicalYear().logResidualLag1()));
    }
    System.out.print(out);
  }

  /** Electricity Maps' hourly export, life-cycle column, as consecutive UTC hours. */
  private static HourlySeries read(Path folder, String zone, int year) throws IOException {
    Path file = folder.resolve(zone).resolve(zone + "_" + year + "_hourly.csv");
    List<Double> values = new ArrayList<>();
    Instant start = null;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String[] header = r.readLine().replace("\uFEFF", "").split(",");
      int column = -1;
      for (int i = 0; i < header.length; i++) {
        if (header[i].startsWith("Carbon Intensity") && header[i].endsWith("(LCA)")) {
          column = i;
        }
      }
      assertThat(column).as("LCA column in %s", file).isNotNegative();
      int line = 1;
      for (String row = r.readLine(); row != null; row = r.readLine()) {
        line++;
        if (row.isBlank()) {
          continue;
        }
        String[] f = row.split(",", -1);
        Instant t = LocalDateTime.parse(f[0], TIME).toInstant(ZoneOffset.UTC);
        if (start == null) {
          start = t;
        }
        assertThat(t)
            .as("%s line %d", file, line)
            .isEqualTo(start.plus(Duration.ofHours(values.size())));
        values.add(Double.parseDouble(f[column]));
      }
    }
    double[] v = new double[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = values.get(i);
    }
    return new HourlySeries(start, v, "gCO2e_per_kWh");
  }

  /** {@code shared/data/<relative>} in the nearest folder above the working directory. */
  private static Path sharedData(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
