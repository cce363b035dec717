package io.terawatt.cli.schedule;

import io.terawatt.cli.ExitCodes;
import io.terawatt.io.report.ScheduleFleetWriter;
import io.terawatt.io.schedule.ClusterTraceReader;
import io.terawatt.io.schedule.JobsCsvReader;
import io.terawatt.scheduling.FleetRequest;
import io.terawatt.scheduling.FleetResult;
import io.terawatt.scheduling.JobSource;
import io.terawatt.scheduling.Region;
import io.terawatt.scheduling.SchedulingService;
import io.terawatt.timeseries.HourlySeries;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
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
      defaultValue = "" + FleetRequest.DEFAULT_SLACK_H,
      description = "Slack of every trace job, hours (default: 24).")
  double slack_h;

  @Option(names = "--interruptible", description = "Trace jobs may pause and resume.")
  boolean interruptible;

  @Option(names = "--from", required = true, description = "First day of the period (UTC).")
  String from;

  @Option(
      names = "--days",
      defaultValue = "" + FleetRequest.DEFAULT_DAYS,
      description = "Days in the period (default: 365).")
  int days;

  @Option(
      names = "--headroom",
      defaultValue = "" + FleetRequest.DEFAULT_HEADROOM,
      description =
          "Fleet capacity as a multiple of the trace's mean IT load, shared equally"
              + " (default: 3).")
  double headroom;

  @Option(
      names = "--capacity-kW",
      description = "IT capacity per region, kW (overrides --headroom).")
  Double capacity_kW;

  @Option(
      names = "--pue",
      defaultValue = "" + Region.DEFAULT_PUE,
      description = "PUE of every region (default 1.0).")
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
    List<String> policies = ScheduleInputs.policies(policy);
    ScheduleInputs.format(format);
    Instant start = ScheduleInputs.date(from, "--from");
    FleetRequest request;
    try {
      request = request(policies, start);
    } catch (ScheduleInputs.Rejected e) {
      e.print(err);
      return ExitCodes.INVALID_INPUT;
    }
    FleetResult result =
        SchedulingService.fleet(
            request,
            message -> {
              err.println("terawatt: " + message);
              err.flush();
            });
    out.print(
        format.equals("json")
            ? ScheduleFleetWriter.json(result)
            : ScheduleFleetWriter.table(result));
    out.flush();
    return ExitCodes.OK;
  }

  private FleetRequest request(List<String> policies, Instant start)
      throws IOException, ScheduleInputs.Rejected {
    Map<String, HourlySeries> priceSeries = ScheduleInputs.prices(prices);
    Map<String, HourlySeries> series = ScheduleInputs.series(intensity, Optional.empty());
    JobSource jobs =
        trace != null
            ? new JobSource.Trace(
                ScheduleInputs.read(() -> ClusterTraceReader.read(trace)), slack_h, interruptible)
            : new JobSource.Listed(ScheduleInputs.read(() -> JobsCsvReader.read(jobsFile, start)));
    return new FleetRequest(
        series,
        priceSeries,
        zones.equals("all") ? List.of() : List.of(zones.split(",")),
        start,
        days,
        jobs,
        capacity_kW == null ? OptionalDouble.empty() : OptionalDouble.of(capacity_kW),
        headroom,
        pue,
        policies);
  }
}
