package io.terawatt.cli.schedule;

import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.Signal;
import io.terawatt.io.report.ScheduleEvaluateWriter;
import io.terawatt.io.schedule.IntensityHistoryLoader;
import io.terawatt.io.schedule.JobsCsvReader;
import io.terawatt.scheduling.EvaluateRequest;
import io.terawatt.scheduling.EvaluateResult;
import io.terawatt.scheduling.ForecastIntensityView;
import io.terawatt.scheduling.IntensityHistory;
import io.terawatt.scheduling.JobSource;
import io.terawatt.scheduling.Region;
import io.terawatt.scheduling.SchedulingPolicies;
import io.terawatt.scheduling.SchedulingService;
import io.terawatt.timeseries.HourlySeries;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code terawatt schedule evaluate}: a policy against the baseline and the oracle. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Evaluates a scheduling policy on real intensity: emissions, savings against"
            + " carbon-agnostic first-come-first-served, and share of the oracle's savings.")
public final class ScheduleEvaluateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--intensity",
      required = true,
      paramLabel = "FILE_OR_DIR",
      description =
          "Grid file(s) in any layout `terawatt grid import` reads; a folder is searched.")
  Path intensity;

  @Option(
      names = "--zone",
      required = true,
      description = "Zone to evaluate, a comma-separated list, or 'all' for every zone found.")
  String zone;

  @Option(
      names = "--jobs",
      required = true,
      description =
          "Jobs CSV (job_id,arrival_time,length_hours,slack_hours,power_kW,interruptible) or a"
              + " generator: every-hour[:length=1,slack=24,power=1,interruptible=false].")
  String jobs;

  @Option(
      names = "--policy",
      required = true,
      description =
          "Policy name, a comma-separated list, or 'all'. Policies: ${COMPLETION-CANDIDATES}",
      completionCandidates = PolicyNames.class)
  String policy;

  @Option(names = "--from", description = "First day of the period (UTC, YYYY-MM-DD or ISO time).")
  String from;

  @Option(names = "--to", description = "End of the period, exclusive (UTC).")
  String to;

  @Option(
      names = "--forecast-model",
      defaultValue = ForecastIntensityView.DEFAULT_MODEL,
      description = "Forecaster of online policies (default: regression).")
  String forecastModel;

  @Option(
      names = "--training-days",
      defaultValue = "" + ForecastIntensityView.DEFAULT_TRAINING_DAYS,
      description = "Days before --from that forecasters learn from (default: 730).")
  int trainingDays;

  @Option(
      names = "--capacity-kW",
      description = "IT capacity of the data centre, kW (default: no limit).")
  Double capacity_kW;

  @Option(
      names = "--pue",
      defaultValue = "" + Region.DEFAULT_PUE,
      description = "PUE of the data centre (default: 1.0).")
  double pue;

  @Option(names = "--signal", description = "average or marginal (default: average if present).")
  String signal;

  @Option(names = "--basis", description = "lifecycle or direct (default: lifecycle if present).")
  String basis;

  @Option(
      names = "--prices",
      paramLabel = "FILE_OR_DIR",
      description = "Hourly electricity prices (USD/MWh) by zone, for the cost of each schedule.")
  Path prices;

  @Option(names = "--format", defaultValue = "json", description = "json or table.")
  String format;

  /** The policy names for help. */
  static final class PolicyNames extends ArrayList<String> {
    PolicyNames() {
      super(SchedulingPolicies.names());
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScheduleInputs.format(format);
    EvaluateRequest request;
    try {
      request = request();
    } catch (ScheduleInputs.Rejected e) {
      e.print(err);
      return ExitCodes.INVALID_INPUT;
    }
    EvaluateResult result =
        SchedulingService.evaluate(
            request,
            message -> {
              err.println("terawatt: " + message);
              err.flush();
            });
    out.print(
        format.equals("table")
            ? ScheduleEvaluateWriter.table(result)
            : ScheduleEvaluateWriter.json(result));
    out.flush();
    return ExitCodes.OK;
  }

  private EvaluateRequest request() throws IOException, ScheduleInputs.Rejected {
    List<String> policies = ScheduleInputs.policies(policy);
    Optional<Instant> fromTime = Optional.ofNullable(from).map(s -> time(s, "--from"));
    Optional<Instant> toTime = Optional.ofNullable(to).map(s -> time(s, "--to"));
    IntensityHistory history =
        ScheduleInputs.read(
            () ->
                IntensityHistoryLoader.load(
                    intensity,
                    zone.equals("all") || zone.contains(",") ? Optional.empty() : Optional.of(zone),
                    Optional.ofNullable(signal).map(ScheduleEvaluateCommand::signal),
                    Optional.ofNullable(basis).map(ScheduleEvaluateCommand::basis)));
    Map<String, HourlySeries> priceSeries = ScheduleInputs.prices(prices);
    List<String> zones =
        zone.equals("all") ? List.copyOf(history.series().keySet()) : List.of(zone.split(","));
    ScheduleInputs.requireZones(
        zones, history.series(), intensity, history.signal().id() + " intensity");
    return new EvaluateRequest(
        history,
        priceSeries,
        zones,
        fromTime,
        toTime,
        jobSource(history, zones, fromTime),
        policies,
        forecastModel,
        trainingDays,
        capacity_kW == null ? OptionalDouble.empty() : OptionalDouble.of(capacity_kW),
        pue);
  }

  /** {@code --jobs}: a jobs CSV (read against the period's start) or a generator. */
  private JobSource jobSource(
      IntensityHistory history, List<String> zones, Optional<Instant> fromTime)
      throws IOException, ScheduleInputs.Rejected {
    Path file = Path.of(jobs);
    if (Files.isRegularFile(file)) {
      Instant epoch = EvaluateRequest.jobsEpoch(history, zones, fromTime);
      return new JobSource.Listed(ScheduleInputs.read(() -> JobsCsvReader.read(file, epoch)));
    }
    if (jobs.startsWith("every-hour")) {
      return new JobSource.Generated(jobs);
    }
    throw new ScheduleInputs.Rejected(
        List.of(
            "terawatt: error: --jobs "
                + jobs
                + ": no such file, and not a generator"
                + " (every-hour[:length=1,slack=24])."));
  }

  private static Instant time(String text, String option) {
    return ScheduleInputs.time(text, option, "UTC time");
  }

  private static Signal signal(String s) {
    return Signal.parse(s)
        .filter(x -> x != Signal.NOT_APPLICABLE)
        .orElseThrow(
            () ->
                new IllegalArgumentException("--signal '" + s + "' must be average or marginal."));
  }

  private static EmissionBasis basis(String s) {
    return EmissionBasis.parse(s)
        .filter(x -> x != EmissionBasis.NOT_APPLICABLE)
        .orElseThrow(
            () -> new IllegalArgumentException("--basis '" + s + "' must be lifecycle or direct."));
  }
}
