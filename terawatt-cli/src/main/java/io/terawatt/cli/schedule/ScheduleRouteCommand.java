package io.terawatt.cli.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.cli.ExitCodes;
import io.terawatt.footprint.RequestTrace;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.report.TextTable;
import io.terawatt.io.schedule.LatencyMatrixReader;
import io.terawatt.io.trace.AzureLlmTraceReader;
import io.terawatt.scheduling.routing.LatencyMatrix;
import io.terawatt.scheduling.routing.RoutingResult;
import io.terawatt.scheduling.routing.RoutingStudy;
import io.terawatt.timeseries.HourlySeries;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
      defaultValue = "100",
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
      defaultValue = "" + RoutingStudy.DEFAULT_ENERGY_PER_OUTPUT_TOKEN_J,
      description =
          "Energy per generated token, J (default: ${DEFAULT-VALUE}, ML.ENERGY v3,"
              + " Llama-3.1-8B on one H100 at batch 64).")
  double energyPerOutputToken_J;

  @Option(names = "--from", description = "First hour (default: the regions' common start).")
  String from;

  @Option(names = "--hours", defaultValue = "168", description = "Hours (default: 168).")
  int hours;

  @Option(names = "--format", defaultValue = "json", description = "json or table.")
  String format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScheduleInputs.format(format);
    Map<String, Double> shares = new LinkedHashMap<>();
    if (origins != null) {
      for (String o : origins) {
        String[] kv = o.split("=");
        try {
          shares.put(kv[0].trim(), kv.length == 1 ? 1.0 : Double.parseDouble(kv[1]));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("--origins '" + o + "' must be ZONE or ZONE=SHARE.");
        }
      }
    }
    LatencyMatrix matrix;
    RequestTrace requests;
    try {
      matrix = LatencyMatrixReader.read(latency);
      requests = AzureLlmTraceReader.read(trace);
    } catch (InvalidInputException e) {
      e.problems().forEach(x -> err.println(x.format()));
      return ExitCodes.INVALID_INPUT;
    } catch (java.nio.file.NoSuchFileException e) {
      err.println("terawatt: error: " + e.getFile() + ": no such file.");
      return ExitCodes.INVALID_INPUT;
    }
    Optional<Map<String, HourlySeries>> loaded =
        ScheduleInputs.load(intensity, Optional.empty(), err);
    if (loaded.isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    Map<String, HourlySeries> series = loaded.get();
    List<String> zones = regions;
    if (zones == null) {
      zones = new ArrayList<>();
      for (String z : series.keySet()) {
        if (matrix.destinations().contains(z) && matrix.origins().contains(z)) {
          zones.add(z);
        }
      }
      if (zones.isEmpty()) {
        err.println("terawatt: error: no zone has both an intensity series and a latency row.");
        return ExitCodes.INVALID_INPUT;
      }
    }
    if (!ScheduleInputs.missing(zones, series, intensity, err).isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    if (shares.isEmpty()) {
      shares = RoutingStudy.equalShares(zones);
    }
    Instant start;
    if (from != null) {
      start = ScheduleInputs.time(from, "--from");
    } else {
      start = series.get(zones.get(0)).start();
      for (String z : zones) {
        start = series.get(z).start().isAfter(start) ? series.get(z).start() : start;
      }
    }
    double rate = requests.requests() / requests.spanHours();
    double meanOut = Arrays.stream(requests.outputTokens()).average().orElse(0);
    RoutingStudy.Outcome o =
        new RoutingStudy(energyPerOutputToken_J, slo_ms)
            .run(
                zones,
                series,
                matrix,
                shares,
                rate,
                meanOut,
                capacity_requestsPerHour == null ? Double.NaN : capacity_requestsPerHour,
                start,
                hours);
    if (format.equals("table")) {
      TextTable t =
          new TextTable(
              List.of(
                  "policy",
                  "emissions_kgCO2e",
                  "energy_kWh",
                  "served_requests",
                  "slo_violations",
                  "unserved",
                  "mean_latency_ms",
                  "savings_pct"));
      for (RoutingResult r : List.of(o.carbonAware(), o.nearest())) {
        double savings =
            100
                * (o.nearest().emissions_kgCO2e() - r.emissions_kgCO2e())
                / o.nearest().emissions_kgCO2e();
        t.row(
            List.of(
                r.policy(),
                TextTable.num(r.emissions_kgCO2e(), 3),
                TextTable.num(r.energy_kWh(), 2),
                String.format(Locale.ROOT, "%.0f", r.served_requests()),
                String.format(Locale.ROOT, "%.0f", r.sloViolations_requests()),
                String.format(Locale.ROOT, "%.0f", r.unserved_requests()),
                TextTable.num(r.meanLatency_ms(), 1),
                TextTable.num(savings, 3)));
      }
      out.print(t.render());
      out.printf(
          Locale.ROOT,
          "%d regions, %d origins, %s + %d h; %.0f requests/h, %.1f output"
              + " tokens/request, %.4f Wh/request; SLO %.0f ms; capacity %.0f requests/h each.%n",
          zones.size(),
          shares.size(),
          start,
          hours,
          rate,
          meanOut,
          o.problem().energyPerRequest_kWh() * 1000,
          slo_ms,
          o.problem().capacity_requestsPerHour()[0]);
    } else {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode n = mapper.createObjectNode();
      n.put("from", start.toString());
      n.put("hours", hours);
      n.put("slo_ms", slo_ms);
      n.put("requests_per_hour", rate);
      n.put("energy_per_request_Wh", o.problem().energyPerRequest_kWh() * 1000);
      n.put("capacity_requests_per_hour", o.problem().capacity_requestsPerHour()[0]);
      n.put("savings_pct", o.savings_pct());
      for (RoutingResult r : List.of(o.carbonAware(), o.nearest())) {
        ObjectNode p = n.putObject(r.policy());
        p.put("emissions_kgCO2e", r.emissions_kgCO2e());
        p.put("energy_kWh", r.energy_kWh());
        p.put("served_requests", r.served_requests());
        p.put("slo_violations_requests", r.sloViolations_requests());
        p.put("outside_slo_requests", r.outsideSlo_requests());
        p.put("unserved_requests", r.unserved_requests());
        p.put("mean_latency_ms", r.meanLatency_ms());
        ObjectNode by = p.putObject("served_by_region_requests");
        for (int i = 0; i < zones.size(); i++) {
          by.put(zones.get(i), r.servedByRegion_requests()[i]);
        }
      }
      out.println(mapper.writeValueAsString(n));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
