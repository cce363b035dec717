package io.terawatt.cli.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.cli.ExitCodes;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.report.TextTable;
import io.terawatt.io.schedule.ClusterTraceReader;
import io.terawatt.io.schedule.IntensityHistoryLoader;
import io.terawatt.io.schedule.JobsCsvReader;
import io.terawatt.scheduling.BatchJob;
import io.terawatt.scheduling.FleetStudy;
import io.terawatt.scheduling.PolicyEvaluation;
import io.terawatt.scheduling.SchedulingPolicies;
import io.terawatt.scheduling.SchedulingProblem;
import io.terawatt.timeseries.HourlySeries;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code terawatt schedule fleet}: a job trace over several regions with capacity limits. */
@Command(
    name = "fleet",
    mixinStandardHelpOptions = true,
    description =
        "Schedules a job trace over several regions with capacity limits (spatial and temporal"
            + " shifting) and compares policies.")
public final class ScheduleFleetCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--intensity",
      required = true,
      paramLabel = "FILE_OR_DIR",
      description = "Grid file(s) with every region's intensity history.")
  Path intensity;

  @Option(
      names = "--zones",
      defaultValue = "all",
      description = "Comma-separated regions (grid zones), or 'all' (default).")
  String zones;

  @Option(
      names = "--trace",
      paramLabel = "CSV",
      description = "Cluster trace in the GAIA layout (arrival_time,length,cpus; hours).")
  Path trace;

  @Option(
      names = "--jobs",
      paramLabel = "CSV",
      description =
          "Jobs CSV (job_id,arrival_time,length_hours,slack_hours,power_kW,interruptible"
              + "[,allowed_regions,home_region,restore_overhead_hours,data_GB]) instead of --trace.")
  Path jobsFile;

  @Option(
      names = "--slack-hours",
      defaultValue = "24",
      description = "Slack of every trace job, hours (default: 24).")
  double slack_h;

  @Option(names = "--interruptible", description = "Trace jobs may pause and resume.")
  boolean interruptible;

  @Option(names = "--from", required = true, description = "First day of the period (UTC).")
  String from;

  @Option(
      names = "--days",
      defaultValue = "365",
      description = "Days in the period (default: 365).")
  int days;

  @Option(
      names = "--headroom",
      defaultValue = "3",
      description =
          "Fleet capacity as a multiple of the trace's mean IT load, shared equally"
              + " (default: 3).")
  double headroom;

  @Option(
      names = "--capacity-kW",
      description = "IT capacity per region, kW (overrides --headroom).")
  Double capacity_kW;

  @Option(names = "--pue", defaultValue = "1.0", description = "PUE of every region (default 1.0).")
  double pue;

  @Option(
      names = "--policy",
      defaultValue = "all",
      description = "Policies, comma-separated, or all.")
  String policy;

  @Option(
      names = "--prices",
      paramLabel = "FILE_OR_DIR",
      description = "Hourly electricity prices (USD/MWh) by zone, for the cost of each schedule.")
  Path prices;

  @Option(names = "--format", defaultValue = "table", description = "json or table.")
  String format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if ((trace == null) == (jobsFile == null)) {
      throw new IllegalArgumentException("Give exactly one of --trace and --jobs.");
    }
    List<String> policies =
        policy.equals("all") ? SchedulingPolicies.names() : List.of(policy.split(","));
    policies.forEach(SchedulingPolicies::byName);
    if (!format.equals("json") && !format.equals("table")) {
      throw new IllegalArgumentException("--format '" + format + "' must be json or table.");
    }
    if (days < 1) {
      throw new IllegalArgumentException("--days " + days + " must be at least 1.");
    }
    Instant start;
    try {
      start = LocalDate.parse(from).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--from '" + from + "' is not a date (YYYY-MM-DD).");
    }
    int hours = days * 24;
    IntensityHistoryLoader.Loaded loaded;
    List<BatchJob> jobs;
    List<String> regions;
    Map<String, HourlySeries> priceSeries;
    try {
      priceSeries = prices == null ? Map.of() : IntensityHistoryLoader.loadPrices(prices);
      loaded =
          IntensityHistoryLoader.load(
              intensity, Optional.empty(), Optional.empty(), Optional.empty());
      regions =
          zones.equals("all")
              ? new ArrayList<>(loaded.series().keySet())
              : List.of(zones.split(","));
      jobs =
          trace != null
              ? ClusterTraceReader.read(trace, slack_h, interruptible, regions)
              : JobsCsvReader.read(jobsFile, start);
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> err.println(p.format()));
      return ExitCodes.INVALID_INPUT;
    }
    FleetStudy study = new FleetStudy("regression", 72, 730, pue);
    double cap =
        capacity_kW != null
            ? capacity_kW
            : FleetStudy.capacityForHeadroom_kW(jobs, hours, regions.size(), headroom);
    long t0 = System.nanoTime();
    SchedulingProblem problem =
        study.problem(regions, loaded.series(), priceSeries, start, hours, jobs, cap);
    err.printf(
        Locale.ROOT,
        "terawatt: %d jobs over %d regions, %d h, capacity %.4g kW per region%n",
        problem.jobs().size(),
        regions.size(),
        hours,
        cap);
    err.flush();
    List<FleetStudy.Row> rows =
        study.run(
            problem,
            policies,
            msg -> {
              err.println("terawatt: " + msg);
              err.flush();
            });
    double total = (System.nanoTime() - t0) / 1e9;
    if (format.equals("json")) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = mapper.createObjectNode();
      root.put("jobs", problem.jobs().size());
      root.put("jobs_outside_period", problem.jobsOutsidePeriod());
      root.put("regions", String.join(",", regions));
      root.put("hours", hours);
      root.put("capacity_per_region_kW", cap);
      root.put("elapsed_s", total);
      ArrayNode arr = root.putArray("results");
      for (FleetStudy.Row r : rows) {
        PolicyEvaluation e = r.evaluation();
        ObjectNode n = arr.addObject();
        n.put("policy", r.policy());
        n.put("emissions_kgCO2e", e.emissions_kgCO2e());
        n.put("baseline_emissions_kgCO2e", e.baselineEmissions_kgCO2e());
        n.put("oracle_emissions_kgCO2e", e.oracle_kgCO2e());
        n.put("oracle_exact", e.oracleExact());
        n.put("oracle_lower_bound_kgCO2e", e.oracleLowerBound_kgCO2e());
        n.put("savings_pct", e.savings_pct());
        double share = e.shareOfOracleSavings_pct();
        if (Double.isFinite(share)) {
          n.put("share_of_oracle_savings_pct", share);
        } else {
          n.putNull("share_of_oracle_savings_pct");
        }
        n.put("deadline_misses", e.result().deadlineMisses());
        n.put("mean_wait_h", r.meanWait_h());
        n.put("jobs_moved", r.jobsMoved());
        n.put("energy_kWh", e.result().totalEnergy_kWh());
        n.put("cost_USD", e.result().totalCost_USD());
        n.put("baseline_cost_USD", e.baseline().totalCost_USD());
        n.put("elapsed_s", r.elapsed_s());
      }
      out.println(mapper.writeValueAsString(root));
    } else {
      TextTable t =
          new TextTable(
              List.of(
                  "policy",
                  "emissions_kgCO2e",
                  "savings_pct",
                  "share_of_oracle_savings_pct",
                  "deadline_misses",
                  "mean_wait_h",
                  "jobs_moved",
                  "cost_USD",
                  "elapsed_s"));
      for (FleetStudy.Row r : rows) {
        PolicyEvaluation e = r.evaluation();
        t.row(
            List.of(
                r.policy(),
                f(e.emissions_kgCO2e(), 1),
                f(e.savings_pct(), 2),
                f(e.shareOfOracleSavings_pct(), 1),
                String.valueOf(e.result().deadlineMisses()),
                f(r.meanWait_h(), 2),
                String.valueOf(r.jobsMoved()),
                f(e.result().totalCost_USD(), 2),
                f(r.elapsed_s(), 2)));
      }
      out.print(t.render());
      PolicyEvaluation any = rows.get(0).evaluation();
      out.printf(
          Locale.ROOT,
          "Baseline %.1f kgCO2e; oracle %.1f kgCO2e (%s); lower bound %.1f kgCO2e; %d jobs, %d"
              + " regions, %.4g kW each;"
              + " %.2f s in all (forecaster fitting included).%n",
          any.baselineEmissions_kgCO2e(),
          any.oracle_kgCO2e(),
          any.oracleExact() ? "exact" : "perfect-information schedule in arrival order",
          any.oracleLowerBound_kgCO2e(),
          problem.jobs().size(),
          regions.size(),
          cap,
          total);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String f(double v, int decimals) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
  }
}
