package io.terawatt.grid;

import io.terawatt.grid.typical.BuiltInTypicalYears;
import io.terawatt.grid.typical.SyntheticComparison;
import io.terawatt.grid.typical.SyntheticYearGenerator;
import io.terawatt.grid.typical.TypicalYear;
import io.terawatt.grid.typical.TypicalYearFitter;
import io.terawatt.timeseries.HourlySeries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The typical-year use cases: synthetic years of the built-in zones, fitting the built-in typical
 * years, and measuring how close synthetic years come to a real year left out of the fit.
 */
public final class TypicalYearService {
  private TypicalYearService() {}

  /** Zones with a built-in typical year. */
  public static List<String> zones() {
    return BuiltInTypicalYears.get().zones();
  }

  /**
   * A synthetic hourly year of average life-cycle intensity (gCO2e_per_kWh) for a built-in zone:
   * same seed, same year.
   *
   * @throws IllegalArgumentException when the zone has no built-in typical year
   */
  public static HourlySeries synthesize(String zone, int year, long seed) {
    TypicalYear ty =
        BuiltInTypicalYears.get()
            .find(zone)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "No built-in typical year for zone " + zone + "; see --list."));
    return SyntheticYearGenerator.generate(ty, year, seed);
  }

  /**
   * Fits a typical year per zone: the preferred series of a zone take precedence, and a zone only
   * in the fallback is fitted from it.
   */
  public static TypicalYearFit fit(TypicalYearFitRequest r) {
    Map<String, List<HourlySeries>> series = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    for (ZoneSeries z : r.preferred()) {
      series.computeIfAbsent(z.zone(), k -> new ArrayList<>()).addAll(z.series());
      sources.put(z.zone(), z.source());
    }
    for (ZoneSeries z : r.fallback()) {
      if (!series.containsKey(z.zone())) {
        series.put(z.zone(), new ArrayList<>(z.series()));
        sources.put(z.zone(), z.source());
      }
    }
    List<TypicalYear> years = new ArrayList<>();
    for (Map.Entry<String, List<HourlySeries>> e : series.entrySet()) {
      years.add(TypicalYearFitter.fit(e.getKey(), sources.get(e.getKey()), e.getValue()));
    }
    return new TypicalYearFit(years);
  }

  /** Compares every zone, in order. */
  public static List<SyntheticComparisonSummary> compare(List<SyntheticComparisonRequest> zones) {
    List<SyntheticComparisonSummary> out = new ArrayList<>();
    for (SyntheticComparisonRequest z : zones) {
      out.add(compare(z));
    }
    return out;
  }

  /**
   * Fits a typical year on the fit years, generates the test year with seeds 1..N and compares each
   * with the real test year.
   */
  public static SyntheticComparisonSummary compare(SyntheticComparisonRequest r) {
    TypicalYear ty = TypicalYearFitter.fit(r.zone(), "fit " + r.fitYears(), r.fit());
    double sumMean = 0, min = Double.MAX_VALUE, max = -Double.MAX_VALUE, sumStd = 0, sumDay = 0;
    double sumDiurnal = 0, sumMonthly = 0, sumLag1 = 0, sumLag24 = 0;
    SyntheticComparison c = null;
    for (int seed = 1; seed <= r.seeds(); seed++) {
      c =
          SyntheticComparison.compare(
              r.real(), SyntheticYearGenerator.generate(ty, r.testYear(), seed));
      double m = c.synthetic().mean_gCO2e_per_kWh();
      sumMean += m;
      min = Math.min(min, m);
      max = Math.max(max, m);
      sumStd += c.synthetic().std_gCO2e_per_kWh();
      sumDay += c.synthetic().dailyMeanStd_gCO2e_per_kWh();
      sumDiurnal += c.diurnalProfileCorrelation();
      sumMonthly += c.monthlyMeanCorrelation();
      sumLag1 += c.synthetic().lag1();
      sumLag24 += c.synthetic().lag24();
    }
    double n = r.seeds();
    return new SyntheticComparisonSummary(
        r.zone(),
        c.real(),
        r.seeds(),
        sumMean / n,
        min,
        max,
        sumStd / n,
        sumDay / n,
        sumDiurnal / n,
        sumMonthly / n,
        sumLag1 / n,
        sumLag24 / n);
  }
}
