package io.terawatt.supply.plan;

import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.GridConnection;
import io.terawatt.supply.SupplySite;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Time aggregation for planning: k representative weeks chosen among the year's whole weeks by
 * k-medoids clustering of their hourly profiles (load, every generator's availability, grid
 * intensity, price and carbon-free share, each series scaled by its standard deviation over the
 * year), each week weighted by the number of weeks it represents so that the weights add up to the
 * year's hours.
 *
 * <p>The method follows the representative-period literature: Poncelet, K., Delarue, E., Six, D.,
 * Duerinck, J. and D'haeseleer, W. (2016), "Impact of the level of temporal and operational detail
 * in energy-system planning models", Applied Energy 162, 631–643, on the need to keep chronology
 * within periods (here a week, so storage cycles within each week, as in their representative-days
 * with cyclic storage); and Nahmmacher, P., Schmid, E., Hirth, L. and Knopf, B. (2016), "Carpe
 * diem: A novel approach to select representative days for long-term power system modeling", Energy
 * 112, 430–442, on clustering periods on all of their time series together and weighting each
 * medoid by its cluster's size. Medoids (real weeks), not centroids, keep each week's series
 * physically consistent. The medoid search is the alternating (Voronoi-iteration) k-medoids of Park
 * and Jun (2009), Expert Systems with Applications 36(2), 3336–3341, started from a deterministic
 * max-min spread of seeds, so a site always gets the same weeks.
 *
 * <p>Clustering averages extremes away, and a plan sized on average weeks meets too little firm
 * capacity in the year's worst week. So, as Nahmmacher et al. (2016, §2.3) and Pfenninger, S.
 * (2017), "Dealing with multiple decades of hourly wind and PV time series in energy models",
 * Applied Energy 197, 1–13, recommend, the week with the least variable-renewable output (each
 * variable option's availability divided by its yearly mean, summed) is kept as its own
 * representative with weight 1, and the other k − 1 representatives cluster the remaining weeks.
 *
 * <p>Hours after the last whole week (24 or 48 at the end of the year) are not clustered; the
 * weights still add up to all of the year's hours.
 *
 * @param firstHour first hour (index into the year) of each representative week, in time order
 * @param weight_weeks weeks of the year each representative week stands for (adds up to hours/168)
 * @param clusterOfWeek index into {@code firstHour} of the representative of each whole week
 * @param yearHours hours of the site's year
 */
public record RepresentativeWeeks(
    int[] firstHour, double[] weight_weeks, int[] clusterOfWeek, int yearHours) {

  /** Hours in a week. */
  public static final int WEEK_HOURS = 168;

  /** Copies the arrays. */
  public RepresentativeWeeks {
    if (firstHour.length != weight_weeks.length || firstHour.length == 0) {
      throw new IllegalArgumentException("One weight per representative week, at least one week.");
    }
    firstHour = firstHour.clone();
    weight_weeks = weight_weeks.clone();
    clusterOfWeek = clusterOfWeek.clone();
  }

  /** Number of representative weeks. */
  public int count() {
    return firstHour.length;
  }

  /** Hours of the reduced programme, {@code count() × 168}. */
  public int hours() {
    return firstHour.length * WEEK_HOURS;
  }

  /** A copy of the first hours. */
  @Override
  public int[] firstHour() {
    return firstHour.clone();
  }

  /** A copy of the weights. */
  @Override
  public double[] weight_weeks() {
    return weight_weeks.clone();
  }

  /** A copy of the assignment of whole weeks to representatives. */
  @Override
  public int[] clusterOfWeek() {
    return clusterOfWeek.clone();
  }

  /** Weights of the reduced programme's hours (each week's weight), storage cycling weekly. */
  public HourWeights hourWeights() {
    double[] w = new double[hours()];
    for (int c = 0; c < count(); c++) {
      Arrays.fill(w, c * WEEK_HOURS, (c + 1) * WEEK_HOURS, weight_weeks[c]);
    }
    return new HourWeights(w, WEEK_HOURS);
  }

  /**
   * Chooses {@code k} representative weeks of the site's year.
   *
   * @throws IllegalArgumentException when k is not in 1..(whole weeks of the year)
   */
  public static RepresentativeWeeks select(SupplySite site, int k) {
    int n = site.hours();
    int weeks = n / WEEK_HOURS;
    if (k < 1 || k > weeks) {
      throw new IllegalArgumentException(
          "Representative weeks must be between 1 and " + weeks + ", not " + k + ".");
    }
    List<double[]> series = new ArrayList<>();
    series.add(site.load_MW());
    for (GeneratorOption g : site.generators()) {
      series.add(g.availability());
    }
    GridConnection grid = site.grid();
    series.add(grid.intensity_gCO2e_per_kWh());
    series.add(grid.price_USD_per_MWh());
    series.add(grid.carbonFreeShare());
    // Features: every series, scaled by its standard deviation (constant series drop out).
    List<double[]> scaled = new ArrayList<>();
    for (double[] s : series) {
      double mean = Arrays.stream(s).average().orElse(0);
      double var = 0;
      for (double v : s) {
        var += (v - mean) * (v - mean);
      }
      double sd = Math.sqrt(var / s.length);
      if (sd > 1e-12) {
        double[] z = new double[s.length];
        for (int h = 0; h < s.length; h++) {
          z[h] = (s[h] - mean) / sd;
        }
        scaled.add(z);
      }
    }
    double[][] dist = new double[weeks][weeks];
    for (int a = 0; a < weeks; a++) {
      for (int b = a + 1; b < weeks; b++) {
        double d = 0;
        for (double[] z : scaled) {
          for (int i = 0; i < WEEK_HOURS; i++) {
            double diff = z[a * WEEK_HOURS + i] - z[b * WEEK_HOURS + i];
            d += diff * diff;
          }
        }
        dist[a][b] = d;
        dist[b][a] = d;
      }
    }
    int extreme = k >= 2 ? leastRenewableWeek(site, weeks) : -1;
    if (extreme >= 0) {
      // The extreme week stands alone: far from every other week, so no medoid is near it.
      for (int w = 0; w < weeks; w++) {
        if (w != extreme) {
          dist[w][extreme] = Double.POSITIVE_INFINITY;
          dist[extreme][w] = Double.POSITIVE_INFINITY;
        }
      }
    }
    int[] medoids = seeds(dist, k, extreme);
    int[] assign = new int[weeks];
    for (int iteration = 0; iteration < 100; iteration++) {
      assign(dist, medoids, assign);
      boolean changed = false;
      for (int c = 0; c < k; c++) {
        int best = medoids[c];
        double bestCost = Double.POSITIVE_INFINITY;
        for (int candidate = 0; candidate < weeks; candidate++) {
          if (assign[candidate] != c) {
            continue;
          }
          double cost = 0;
          for (int w = 0; w < weeks; w++) {
            if (assign[w] == c) {
              cost += dist[candidate][w];
            }
          }
          if (cost < bestCost - 1e-12 || (cost <= bestCost + 1e-12 && candidate < best)) {
            bestCost = cost;
            best = candidate;
          }
        }
        if (best != medoids[c]) {
          medoids[c] = best;
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    assign(dist, medoids, assign);
    // Representatives in time order.
    Integer[] order = new Integer[k];
    for (int c = 0; c < k; c++) {
      order[c] = c;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(medoids[a], medoids[b]));
    int[] rank = new int[k];
    int[] first = new int[k];
    double[] weight = new double[k];
    for (int r = 0; r < k; r++) {
      rank[order[r]] = r;
      first[r] = medoids[order[r]] * WEEK_HOURS;
    }
    int[] clusterOfWeek = new int[weeks];
    for (int w = 0; w < weeks; w++) {
      clusterOfWeek[w] = rank[assign[w]];
      weight[clusterOfWeek[w]] += 1;
    }
    // Scale so that the weights cover all of the year's hours (the days after the last week too).
    double scale = (double) n / (weeks * WEEK_HOURS);
    for (int r = 0; r < k; r++) {
      weight[r] *= scale;
    }
    return new RepresentativeWeeks(first, weight, clusterOfWeek, n);
  }

  /**
   * The week with the least variable-renewable output (availabilities over their yearly means,
   * summed over variable options); -1 when the site has no variable option.
   */
  static int leastRenewableWeek(SupplySite site, int weeks) {
    double[] total = new double[weeks];
    boolean any = false;
    for (GeneratorOption g : site.generators()) {
      if (g.kind() != io.terawatt.supply.OptionKind.VARIABLE) {
        continue;
      }
      double[] a = g.availability();
      double mean = Arrays.stream(a).average().orElse(0);
      if (mean <= 0) {
        continue;
      }
      any = true;
      for (int w = 0; w < weeks; w++) {
        for (int i = 0; i < WEEK_HOURS; i++) {
          total[w] += a[w * WEEK_HOURS + i] / mean;
        }
      }
    }
    if (!any) {
      return -1;
    }
    int worst = 0;
    for (int w = 1; w < weeks; w++) {
      if (total[w] < total[worst]) {
        worst = w;
      }
    }
    return worst;
  }

  /**
   * Deterministic max-min seeds: the extreme week when there is one, the most central of the other
   * weeks, then each time the week farthest from the seeds so far.
   */
  private static int[] seeds(double[][] dist, int k, int extreme) {
    int weeks = dist.length;
    int[] m = new int[k];
    int c0 = 0;
    if (extreme >= 0) {
      m[c0++] = extreme;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int a = 0; a < weeks; a++) {
      if (a == extreme) {
        continue;
      }
      double s = 0;
      for (int b = 0; b < weeks; b++) {
        if (b != extreme) {
          s += dist[a][b];
        }
      }
      if (s < best) {
        best = s;
        m[c0] = a;
      }
    }
    double[] nearest = new double[weeks];
    for (int w = 0; w < weeks; w++) {
      nearest[w] = w == extreme ? 0 : dist[m[c0]][w];
    }
    for (int c = c0 + 1; c < k; c++) {
      int far = 0;
      double farD = -1;
      for (int w = 0; w < weeks; w++) {
        if (w != extreme && nearest[w] > farD) {
          farD = nearest[w];
          far = w;
        }
      }
      m[c] = far;
      for (int w = 0; w < weeks; w++) {
        nearest[w] = Math.min(nearest[w], dist[far][w]);
      }
    }
    return m;
  }

  private static void assign(double[][] dist, int[] medoids, int[] assign) {
    for (int w = 0; w < dist.length; w++) {
      int best = 0;
      for (int c = 1; c < medoids.length; c++) {
        if (dist[w][medoids[c]] < dist[w][medoids[best]]) {
          best = c;
        }
      }
      // A medoid represents itself even when another medoid is as close (duplicate weeks).
      for (int c = 0; c < medoids.length; c++) {
        if (medoids[c] == w) {
          best = c;
        }
      }
      assign[w] = best;
    }
  }

  /** The site over the representative weeks only (their hours in order, week after week). */
  public SupplySite reduce(SupplySite site) {
    if (site.hours() != yearHours) {
      throw new IllegalArgumentException(
          "The site has " + site.hours() + " hours; the weeks were chosen for " + yearHours + ".");
    }
    double[] load = pick(site.load_MW());
    GridConnection g = site.grid();
    GridConnection grid =
        new GridConnection(
            pick(g.intensity_gCO2e_per_kWh()),
            pick(g.price_USD_per_MWh()),
            pick(g.carbonFreeShare()),
            g.importLimit_MW(),
            g.exportLimit_MW(),
            g.exportPriceFactor(),
            g.residualMix_gCO2e_per_kWh());
    List<GeneratorOption> generators = new ArrayList<>();
    for (GeneratorOption o : site.generators()) {
      generators.add(
          new GeneratorOption(
              o.technology(),
              o.kind(),
              o.carbonFree(),
              o.existingCapacity_MW(),
              o.maxCapacity_MW(),
              pick(o.availability()),
              o.annualisedCapacityCost_USD_per_MW_year(),
              o.variableCost_USD_per_MWh(),
              o.directEmissions_gCO2e_per_kWh(),
              o.lifecycleEmissions_gCO2e_per_kWh(),
              o.water_L_per_MWh(),
              o.land_m2_per_MW(),
              o.meritOrder()));
    }
    return new SupplySite(
        site.name() + " (" + count() + " representative weeks)",
        site.start(),
        load,
        grid,
        generators,
        site.storage(),
        site.landLimit_km2(),
        site.waterLimit_m3(),
        site.unservedPenalty_USD_per_MWh());
  }

  private double[] pick(double[] year) {
    double[] out = new double[hours()];
    for (int c = 0; c < count(); c++) {
      System.arraycopy(year, firstHour[c], out, c * WEEK_HOURS, WEEK_HOURS);
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RepresentativeWeeks r
        && yearHours == r.yearHours
        && Arrays.equals(firstHour, r.firstHour)
        && Arrays.equals(weight_weeks, r.weight_weeks)
        && Arrays.equals(clusterOfWeek, r.clusterOfWeek);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(firstHour) * 31 + yearHours;
  }

  @Override
  public String toString() {
    return "RepresentativeWeeks" + Arrays.toString(firstHour) + Arrays.toString(weight_weeks);
  }
}
