package io.terawatt.bench;

import io.terawatt.grid.forecast.RegressionForecaster;
import io.terawatt.io.schedule.ClusterTraceReader;
import io.terawatt.io.schedule.IntensityHistoryLoader;
import io.terawatt.scheduling.ActualIntensityView;
import io.terawatt.scheduling.BatchJob;
import io.terawatt.scheduling.ClusterTraces;
import io.terawatt.scheduling.FleetStudy;
import io.terawatt.scheduling.ForecastIntensityView;
import io.terawatt.scheduling.IntensityView;
import io.terawatt.scheduling.ScheduleResult;
import io.terawatt.scheduling.ScheduleSimulator;
import io.terawatt.scheduling.SchedulingPolicies;
import io.terawatt.scheduling.SchedulingPolicy;
import io.terawatt.scheduling.SchedulingProblem;
import io.terawatt.timeseries.HourlySeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One year (2023) of the 100k-job Azure cluster trace ({@code traces/cluster-jobs/azure-100k.csv},
 * 24 h of slack) scheduled over the 12 hourly Electricity Maps zones with capacity limits (3× the
 * trace's mean load, shared equally), in seconds per year. One operation builds the problem, fits
 * the 12 regression forecasters on 2021–2022 (with their backtests) and runs the policy; reading
 * the CSV files is done once in the setup. Needs {@code ../shared/data}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class FleetScheduleBenchmark {
  @Param({"best-window", "forecast-mpc", "oracle"})
  public String policy;

  private Map<String, HourlySeries> histories;
  private List<String> zones;
  private List<BatchJob> jobs;
  private double capacity_kW;

  /** Reads the intensity files and the trace once. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path data = sharedData();
    histories =
        IntensityHistoryLoader.load(
                data.resolve("grid/electricitymaps-hourly"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty())
            .series();
    zones = new ArrayList<>(histories.keySet());
    jobs =
        ClusterTraces.batchJobs(
            ClusterTraceReader.read(data.resolve("traces/cluster-jobs/azure-100k.csv")),
            24,
            false,
            zones);
    capacity_kW = FleetStudy.capacityForHeadroom_kW(jobs, 8760, zones.size(), 3);
  }

  private static Path sharedData() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate.resolve("traces/cluster-jobs"))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "This benchmark needs ../shared/data (grid/electricitymaps-hourly and"
            + " traces/cluster-jobs/azure-100k.csv); run it from the repository root.");
  }

  /** Schedules the year; returns the result so that JMH consumes it. */
  @Benchmark
  public ScheduleResult scheduleOneYear() {
    SchedulingProblem problem =
        FleetStudy.defaults()
            .problem(
                zones, histories, Instant.parse("2023-01-01T00:00:00Z"), 8760, jobs, capacity_kW);
    SchedulingPolicy p = SchedulingPolicies.byName(policy);
    IntensityView view =
        p.needsPerfectInformation()
            ? new ActualIntensityView(problem)
            : new ForecastIntensityView(problem, RegressionForecaster::new, 72, 730);
    return new ScheduleSimulator(problem).run(p, view);
  }
}
