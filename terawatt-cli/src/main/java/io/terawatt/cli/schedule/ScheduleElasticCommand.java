package io.terawatt.cli.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.cli.ExitCodes;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.report.TextTable;
import io.terawatt.io.schedule.ScalingProfileReader;
import io.terawatt.scheduling.elastic.ElasticEvaluation;
import io.terawatt.scheduling.elastic.ElasticJob;
import io.terawatt.scheduling.elastic.ElasticRun;
import io.terawatt.scheduling.elastic.ElasticStudy;
import io.terawatt.scheduling.elastic.ScalingProfile;
import io.terawatt.timeseries.HourlySeries;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
      defaultValue = "carbonscaler",
      description = "carbonscaler, agnostic or oracle (default: carbonscaler).")
  String policy;

  @Option(
      names = "--power-per-node-kW",
      description = "IT power of one node, kW (default: ${DEFAULT-VALUE}).",
      defaultValue = "" + ElasticStudy.DEFAULT_POWER_PER_NODE_kW)
  double powerPerNode_kW;

  @Option(names = "--min-nodes", defaultValue = "1", description = "Fewest nodes when running.")
  int minNodes;

  @Option(names = "--max-nodes", description = "Most nodes (default: the profile's largest).")
  Integer maxNodes;

  @Option(
      names = "--baseline-nodes",
      description = "Nodes of the carbon-agnostic baseline (default: --min-nodes).")
  Integer baselineNodes;

  @Option(
      names = "--forecast-model",
      defaultValue = "regression",
      description = "Forecaster of the online policy (default: regression).")
  String forecastModel;

  @Option(
      names = "--training-days",
      defaultValue = "730",
      description = "Days before arrival the forecaster learns from (default: 730).")
  int trainingDays;

  @Option(names = "--format", defaultValue = "json", description = "json or table.")
  String format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ScheduleInputs.format(format);
    Instant from = ScheduleInputs.time(arrival, "--arrival");
    Instant to = ScheduleInputs.time(deadline, "--deadline");
    ScalingProfile p;
    try {
      p = ScalingProfileReader.read(profile);
    } catch (InvalidInputException e) {
      e.problems().forEach(x -> err.println(x.format()));
      return ExitCodes.INVALID_INPUT;
    } catch (java.nio.file.NoSuchFileException e) {
      err.println("terawatt: error: " + profile + ": no such file.");
      return ExitCodes.INVALID_INPUT;
    }
    Optional<Map<String, HourlySeries>> series =
        ScheduleInputs.load(intensity, Optional.of(zone), err);
    if (series.isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    if (!ScheduleInputs.missing(List.of(zone), series.get(), intensity, err).isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    int max = maxNodes == null ? p.maxNodes() : maxNodes;
    ElasticJob job =
        new ElasticJob(
            work_nodeHours,
            powerPerNode_kW,
            minNodes,
            max,
            baselineNodes == null ? minNodes : baselineNodes,
            p);
    ElasticEvaluation e =
        new ElasticStudy(forecastModel, 72, trainingDays)
            .evaluate(zone, series.get().get(zone), job, from, to, policy);
    if (format.equals("table")) {
      TextTable t =
          new TextTable(
              List.of(
                  "policy",
                  "emissions_kgCO2e",
                  "energy_kWh",
                  "completion_h",
                  "max_nodes",
                  "deadline_met",
                  "savings_pct"));
      for (ElasticRun r : List.of(e.run(), e.baseline(), e.oracle())) {
        double savings =
            100
                * (e.baseline().emissions_kgCO2e() - r.emissions_kgCO2e())
                / e.baseline().emissions_kgCO2e();
        t.row(
            List.of(
                r.policy(),
                TextTable.num(r.emissions_kgCO2e(), 3),
                TextTable.num(r.energy_kWh(), 2),
                String.valueOf(r.completion_h()),
                String.valueOf(r.maxNodesUsed()),
                String.valueOf(r.deadlineMet()),
                TextTable.num(savings, 3)));
      }
      out.print(t.render());
      out.printf(
          Locale.ROOT,
          "Zone %s, %s to %s, %.1f single-node hours, %.3f kW per node;"
              + " profile concave: %s; forecasts: %s.%n",
          zone,
          from,
          to,
          work_nodeHours,
          powerPerNode_kW,
          e.profileConcave(),
          e.forecastModel());
    } else {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode n = mapper.createObjectNode();
      n.put("zone", zone);
      n.put("policy", e.run().policy());
      n.put("arrival", from.toString());
      n.put("deadline", to.toString());
      n.put("work_nodeHours", work_nodeHours);
      n.put("power_per_node_kW", powerPerNode_kW);
      n.put("emissions_kgCO2e", e.run().emissions_kgCO2e());
      n.put("energy_kWh", e.run().energy_kWh());
      n.put("completion_h", e.run().completion_h());
      n.put("max_nodes_used", e.run().maxNodesUsed());
      n.put("deadline_met", e.run().deadlineMet());
      n.put("baseline_emissions_kgCO2e", e.baseline().emissions_kgCO2e());
      n.put("baseline_energy_kWh", e.baseline().energy_kWh());
      n.put("baseline_completion_h", e.baseline().completion_h());
      n.put("oracle_emissions_kgCO2e", e.oracle().emissions_kgCO2e());
      n.put("savings_pct", e.savings_pct());
      n.put("oracle_savings_pct", e.oracleSavings_pct());
      n.put("profile_concave", e.profileConcave());
      n.put("forecast_model", e.forecastModel());
      var nodes = n.putArray("nodes_by_hour");
      for (int k : e.run().allocation().peakNodes()) {
        nodes.add(k);
      }
      out.println(mapper.writeValueAsString(n));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
