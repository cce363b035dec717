package io.terawatt.cli.schedule;

import io.terawatt.cli.ExitCodes;
import io.terawatt.footprint.RequestTrace;
import io.terawatt.io.report.ScheduleRouteWriter;
import io.terawatt.io.schedule.LatencyMatrixReader;
import io.terawatt.io.trace.AzureLlmTraceReader;
import io.terawatt.scheduling.LatencyMatrix;
import io.terawatt.scheduling.RouteRequest;
import io.terawatt.scheduling.RouteResult;
import io.terawatt.scheduling.SchedulingService;
import io.terawatt.timeseries.HourlySeries;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code terawatt schedule route}: carbon-aware routing of inference requests across regions. */
@Command(
    name = "route",
    mixinStandardHelpOptions = true,
    description =
        "Routes inference requests hour by hour to regions within a latency objective,"
            + " least-carbon first within capacities (CASPER, Souza et al. 2023), against the"
            + " nearest region.")
public final class ScheduleRouteCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--intensity",
      required = true,
      paramLabel = "FILE_OR_DIR",
      description = "Grid file(s) with the regions' hourly intensity.")
  Path intensity;

  @Option(
      names = "--latency",
      required = true,
      description = "Round-trip latency matrix CSV (origin,<zone>,...; ms).")
  Path latency;

  @Option(
      names = "--slo-ms",
      defaultValue = "" + RouteRequest.DEFAULT_SLO_ms,
      description = "Latency objective, round trip, ms (default: 100).")
  double slo_ms;

  @Option(
      names = "--trace",
      required = true,
      description = "Azure LLM inference trace CSV (TIMESTAMP,ContextTokens,GeneratedTokens).")
  Path trace;

  @Option(
      names = "--regions",
      split = ",",
      description = "Serving zones (default: every zone with both intensity and latency).")
  List<String> regions;

  @Option(
      names = "--origins",
      split = ",",
      paramLabel = "ZONE=SHARE",
      description =
          "Origin zones and their shares of the requests (default: the regions,"
              + " equal shares).")
  List<String> origins;

  @Option(
      names = "--capacity-requests-per-hour",
      description = "Capacity of each region (default: 2 x the total rate / regions).")
  Double capacity_requestsPerHour;

  @Option(
      names = "--energy-per-output-token-J",
      defaultValue = "" + RouteRequest.DEFAULT_ENERGY_PER_OUTPUT_TOKEN_J,
      description =
          "Energy per generated token, J (default: ${DEFAULT-VALUE}, ML.ENERGY v3,"
              + " Llama-3.1-8B on one H100 at batch 64).")
  double energyPerOutputToken_J;

  @Option(names = "--from", description = "First hour (default: the regions' common start).")
  String from;

  @Option(
      names = "--hours",
      defaultValue = "" + RouteRequest.DEFAULT_HOURS,
      description = "Hours (default: 168).")
  int hours;

  @Option(names = "--format", defaultValue = "json", description = "json or table.")
  String format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScheduleInputs.format(format);
    Map<String, Double> shares = shares();
    RouteRequest request;
    try {
      request = request(shares);
    } catch (ScheduleInputs.Rejected e) {
      e.print(err);
      return ExitCodes.INVALID_INPUT;
    }
    RouteResult result = SchedulingService.route(request);
    out.print(
        format.equals("table")
            ? ScheduleRouteWriter.table(result)
            : ScheduleRouteWriter.json(result));
    out.flush();
    return ExitCodes.OK;
  }

  /** {@code --origins}: zones and their shares (1 when not given); empty when none are given. */
  private Map<String, Double> shares() {
    Map<String, Double> shares = new LinkedHashMap<>();
    for (String o : origins == null ? List.<String>of() : origins) {
      String[] kv = o.split("=");
      try {
        shares.put(kv[0].trim(), kv.length == 1 ? 1.0 : Double.parseDouble(kv[1]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--origins '" + o + "' must be ZONE or ZONE=SHARE.");
      }
    }
    return shares;
  }

  private RouteRequest request(Map<String, Double> shares)
      throws IOException, ScheduleInputs.Rejected {
    LatencyMatrix matrix = ScheduleInputs.readFile(() -> LatencyMatrixReader.read(latency));
    RequestTrace requests = ScheduleInputs.readFile(() -> AzureLlmTraceReader.read(trace));
    Map<String, HourlySeries> series = ScheduleInputs.series(intensity, Optional.empty());
    List<String> zones = regions == null ? List.of() : regions;
    ScheduleInputs.requireZones(zones, series, intensity, "carbon-intensity series");
    return new RouteRequest(
        series,
        matrix,
        requests.outputTokens(),
        requests.spanHours(),
        zones,
        shares,
        capacity_requestsPerHour == null
            ? OptionalDouble.empty()
            : OptionalDouble.of(capacity_requestsPerHour),
        energyPerOutputToken_J,
        slo_ms,
        Optional.ofNullable(from).map(f -> ScheduleInputs.time(f, "--from")),
        hours);
  }
}
