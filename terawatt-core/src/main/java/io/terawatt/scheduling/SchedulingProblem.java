package io.terawatt.scheduling;

import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Regions and jobs over a simulated period of whole hours, with every region's actual intensity and
 * price aligned to the period's first hour (hour 0).
 *
 * <p>Jobs that cannot finish inside the period even when run at once are left out and counted
 * ({@link #jobsOutsidePeriod()}); a job's deadline is cut at the end of the period (the data ends
 * there, as in Sukprasert et al., EuroSys 2024).
 */
public final class SchedulingProblem {
  private final List<Region> regions;
  private final Instant start;
  private final int hours;
  private final double[][] intensity;
  private final double[][] price;
  private final List<BatchJob> jobs;
  private final int[] homeRegion;
  private final int jobsOutsidePeriod;
  private final Map<String, Integer> regionIndex = new HashMap<>();

  /**
   * Builds a problem.
   *
   * @param regions the regions, at least one; every intensity series covers {@code [start, start +
   *     hours)}
   * @param start first simulated hour (a whole UTC hour)
   * @param hours length of the period, hours
   * @param jobs jobs whose arrival hours count from {@code start}
   * @throws IllegalArgumentException when a series does not cover the period, or a job's home or
   *     allowed region is unknown
   */
  public SchedulingProblem(List<Region> regions, Instant start, int hours, List<BatchJob> jobs) {
    if (regions.isEmpty()) {
      throw new IllegalArgumentException("at least one region is needed");
    }
    if (hours < 1) {
      throw new IllegalArgumentException("the period must last at least one hour, not " + hours);
    }
    this.regions = List.copyOf(regions);
    this.start = start;
    this.hours = hours;
    intensity = new double[regions.size()][];
    price = new double[regions.size()][];
    for (int r = 0; r < regions.size(); r++) {
      Region region = regions.get(r);
      if (regionIndex.put(region.name(), r) != null) {
        throw new IllegalArgumentException("region " + region.name() + " is listed twice");
      }
      intensity[r] = slice(region.name(), region.intensity(), "intensity", true);
      price[r] =
          region.price().isPresent()
              ? slice(region.name(), region.price().get(), "price", false)
              : new double[hours];
    }
    List<BatchJob> kept = new ArrayList<>(jobs.size());
    int outside = 0;
    for (BatchJob j : jobs) {
      for (String a : j.allowedRegions()) {
        if (!regionIndex.containsKey(a)) {
          throw new IllegalArgumentException(
              "job " + j.id() + ": allowed region " + a + " is not one of " + regionIndex.keySet());
        }
      }
      if (!j.homeRegion().isEmpty() && !regionIndex.containsKey(j.homeRegion())) {
        throw new IllegalArgumentException(
            "job " + j.id() + ": home region " + j.homeRegion() + " is not known");
      }
      if (j.arrivalHour() + j.slots() > hours) {
        outside++;
        continue;
      }
      kept.add(j);
    }
    kept.sort((a, b) -> Integer.compare(a.arrivalHour(), b.arrivalHour()));
    this.jobs = List.copyOf(kept);
    homeRegion = new int[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      BatchJob j = kept.get(i);
      homeRegion[i] =
          !j.homeRegion().isEmpty()
              ? regionIndex.get(j.homeRegion())
              : (j.allowedRegions().isEmpty() ? 0 : firstAllowed(j));
    }
    jobsOutsidePeriod = outside;
  }

  private int firstAllowed(BatchJob j) {
    for (int r = 0; r < regions.size(); r++) {
      if (j.mayRunIn(regions.get(r).name())) {
        return r;
      }
    }
    throw new IllegalArgumentException("job " + j.id() + " may run in no region");
  }

  private double[] slice(String name, HourlySeries s, String what, boolean required) {
    long offset = Duration.between(s.start(), start).toHours();
    if (offset < 0 || offset + hours > s.hours()) {
      if (!required) {
        double[] out = new double[hours];
        for (int h = 0; h < hours; h++) {
          long i = offset + h;
          out[h] = i >= 0 && i < s.hours() ? s.valueAt((int) i) : 0;
        }
        return out;
      }
      throw new IllegalArgumentException(
          "region "
              + name
              + ": the "
              + what
              + " series ("
              + s.start()
              + " to "
              + s.end()
              + ") does not cover "
              + start
              + " to "
              + start.plus(Duration.ofHours(hours)));
    }
    double[] out = new double[hours];
    for (int h = 0; h < hours; h++) {
      out[h] = s.valueAt((int) offset + h);
    }
    return out;
  }

  /** The regions, in index order. */
  public List<Region> regions() {
    return regions;
  }

  /** Number of regions. */
  public int regionCount() {
    return regions.size();
  }

  /** Index of a region by name, or -1. */
  public int regionIndex(String name) {
    return regionIndex.getOrDefault(name, -1);
  }

  /** First simulated hour. */
  public Instant start() {
    return start;
  }

  /** Length of the period, hours. */
  public int hours() {
    return hours;
  }

  /** Jobs inside the period, by arrival. */
  public List<BatchJob> jobs() {
    return jobs;
  }

  /** Index of job {@code j}'s home region (where the carbon-agnostic baseline runs it). */
  public int homeRegion(int j) {
    return homeRegion[j];
  }

  /** Jobs left out because they cannot finish inside the period. */
  public int jobsOutsidePeriod() {
    return jobsOutsidePeriod;
  }

  /** Actual intensity of region {@code r} at hour {@code h}, gCO2e/kWh. */
  public double intensityAt(int r, int h) {
    return intensity[r][h];
  }

  /** Actual price of region {@code r} at hour {@code h}, USD/MWh (0 when unknown). */
  public double priceAt(int r, int h) {
    return price[r][h];
  }

  /** The last hour (exclusive) by which job {@code job} must finish, cut at the period's end. */
  public int deadlineHour(BatchJob job) {
    return Math.min(job.deadlineHour(), hours);
  }
}
