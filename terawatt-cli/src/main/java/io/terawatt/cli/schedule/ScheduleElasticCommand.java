package io.terawatt.cli.schedule;

import io.terawatt.cli.ExitCodes;
import io.terawatt.io.report.ScheduleElasticWriter;
import io.terawatt.io.schedule.ScalingProfileReader;
import io.terawatt.scheduling.ElasticRequest;
import io.terawatt.scheduling.ElasticResult;
import io.terawatt.scheduling.ForecastIntensityView;
import io.terawatt.scheduling.ScalingMeasurements;
import io.terawatt.scheduling.SchedulingService;
import io.terawatt.timeseries.HourlySeries;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code terawatt schedule elastic}: an elastic job under CarbonScaler, baseline and oracle. */
@Command(
    name = "elastic",
    mixinStandardHelpOptions = true,
    description =
        "Schedules an elastic job (CarbonScaler, Hanafy et al. 2023): node count hour by hour by"
            + " marginal work per gram, against fixed nodes from arrival and the oracle.")
public final class ScheduleElasticCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--intensity",
      required = true,
      paramLabel = "FILE_OR_DIR",
      description = "Grid file(s) in any layout `terawatt grid import` reads.")
  Path intensity;

  @Option(names = "--zone", required = true, description = "Zone of the data centre.")
  String zone;

  @Option(
      names = "--profile",
      required = true,
      description = "Scaling profile CSV (nodes,iteration_time in s).")
  Path profile;

  @Option(
      names = "--work-node-hours",
      required = true,
      description = "Total work, single-node hours.")
  double work_nodeHours;

  @Option(names = "--arrival", required = true, description = "Arrival, a whole UTC hour.")
  String arrival;

  @Option(names = "--deadline", required = true, description = "Deadline, a whole UTC hour.")
  String deadline;

  @Option(
      names = "--policy",
      defaultValue = ElasticRequest.DEFAULT_POLICY,
      description = "carbonscaler, agnostic or oracle (default: carbonscaler).")
  String policy;

  @Option(
      names = "--power-per-node-kW",
      description = "IT power of one node, kW (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + ElasticRequest.DEFAULT_POWER_PER_NODE_kW)
  double powerPerNode_kW;

  @Option(
      names = "--min-nodes",
      defaultValue = "" + ElasticRequest.DEFAULT_MIN_NODES,
      description = "Fewest nodes when running.")
  int minNodes;

  @Option(names = "--max-nodes", description = "Most nodes (default: the profile's largest).")
  Integer maxNodes;

  @Option(
      names = "--baseline-nodes",
      description = "Nodes of the carbon-agnostic baseline (default: --min-nodes).")
  Integer baselineNodes;

  @Option(
      names = "--forecast-model",
      defaultValue = ForecastIntensityView.DEFAULT_MODEL,
      description = "Forecaster of the online policy (default: regression).")
  String forecastModel;

  @Option(
      names = "--training-days",
      defaultValue = "" + ForecastIntensityView.DEFAULT_TRAINING_DAYS,
      description = "Days before arrival the forecaster learns from (default: 730).")
  int trainingDays;

  @Option(names = "--format", defaultValue = "json", description = "json or table.")
  String format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScheduleInputs.format(format);
    ElasticRequest request;
    try {
      request = request();
    } catch (ScheduleInputs.Rejected e) {
      e.print(err);
      return ExitCodes.INVALID_INPUT;
    }
    ElasticResult result = SchedulingService.elastic(request);
    out.print(
        format.equals("table")
            ? ScheduleElasticWriter.table(result)
            : ScheduleElasticWriter.json(result));
    out.flush();
    return ExitCodes.OK;
  }

  private ElasticRequest request() throws IOException, ScheduleInputs.Rejected {
    Instant from = ScheduleInputs.time(arrival, "--arrival");
    Instant to = ScheduleInputs.time(deadline, "--deadline");
    ScalingMeasurements measured =
        ScheduleInputs.readFile(() -> ScalingProfileReader.read(profile));
    Map<String, HourlySeries> series = ScheduleInputs.series(intensity, Optional.of(zone));
    ScheduleInputs.requireZones(List.of(zone), series, intensity, "carbon-intensity series");
    return new ElasticRequest(
        zone,
        series.get(zone),
        measured,
        work_nodeHours,
        from,
        to,
        policy,
        powerPerNode_kW,
        minNodes,
        maxNodes == null ? OptionalInt.empty() : OptionalInt.of(maxNodes),
        baselineNodes == null ? OptionalInt.empty() : OptionalInt.of(baselineNodes),
        forecastModel,
        trainingDays);
  }
}
