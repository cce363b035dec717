package io.terawatt.cli.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.Signal;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.report.TextTable;
import io.terawatt.io.schedule.IntensityHistoryLoader;
import io.terawatt.io.schedule.JobsCsvReader;
import io.terawatt.scheduling.BatchJob;
import io.terawatt.scheduling.JobGenerators;
import io.terawatt.scheduling.PolicyEvaluation;
import io.terawatt.scheduling.SchedulingPolicies;
import io.terawatt.scheduling.ZoneStudy;
import io.terawatt.timeseries.HourlySeries;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
      defaultValue = "regression",
      description = "Forecaster of online policies (default: regression).")
  String forecastModel;

  @Option(
      names = "--training-days",
      defaultValue = "730",
      description = "Days before --from that forecasters learn from (default: 730).")
  int trainingDays;

  @Option(
      names = "--capacity-kW",
      description = "IT capacity of the data centre, kW (default: no limit).")
  Double capacity_kW;

  @Option(
      names = "--pue",
      defaultValue = "1.0",
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
    if (!format.equals("json") && !format.equals("table")) {
      throw new IllegalArgumentException("--format '" + format + "' must be json or table.");
    }
    List<String> policies =
        policy.equals("all") ? SchedulingPolicies.names() : List.of(policy.split(","));
    policies.forEach(SchedulingPolicies::byName);
    Optional<Instant> fromTime = Optional.ofNullable(from).map(s -> parse(s, "--from"));
    Optional<Instant> toTime = Optional.ofNullable(to).map(s -> parse(s, "--to"));
    IntensityHistoryLoader.Loaded loaded;
    try {
      loaded =
          IntensityHistoryLoader.load(
              intensity,
              zone.equals("all") || zone.contains(",") ? Optional.empty() : Optional.of(zone),
              Optional.ofNullable(signal).map(ScheduleEvaluateCommand::signal),
              Optional.ofNullable(basis).map(ScheduleEvaluateCommand::basis));
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> err.println(p.format()));
      return ExitCodes.INVALID_INPUT;
    }
    Map<String, HourlySeries> series = loaded.series();
    Map<String, HourlySeries> priceSeries;
    try {
      priceSeries = prices == null ? Map.of() : IntensityHistoryLoader.loadPrices(prices);
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> err.println(p.format()));
      return ExitCodes.INVALID_INPUT;
    }
    List<String> zones =
        zone.equals("all") ? new ArrayList<>(series.keySet()) : List.of(zone.split(","));
    for (String z : zones) {
      if (!series.containsKey(z)) {
        err.println(
            "terawatt: error: "
                + intensity
                + ": no "
                + loaded.signal().name().toLowerCase(Locale.ROOT)
                + " intensity of zone "
                + z
                + "; the zones are "
                + String.join(", ", series.keySet()));
        return ExitCodes.INVALID_INPUT;
      }
    }
    Function<Integer, List<BatchJob>> jobSource;
    if (Files.isRegularFile(Path.of(jobs))) {
      Instant periodStart = fromTime.orElse(series.get(zones.get(0)).start());
      List<BatchJob> list;
      try {
        list = JobsCsvReader.read(Path.of(jobs), periodStart);
      } catch (InvalidInputException e) {
        e.problems().forEach(p -> err.println(p.format()));
        return ExitCodes.INVALID_INPUT;
      }
      jobSource = hours -> list;
    } else if (jobs.startsWith("every-hour")) {
      JobGenerators.parse(jobs, 1);
      jobSource = hours -> JobGenerators.parse(jobs, hours);
    } else {
      err.println(
          "terawatt: error: --jobs "
              + jobs
              + ": no such file, and not a generator"
              + " (every-hour[:length=1,slack=24]).");
      return ExitCodes.INVALID_INPUT;
    }
    ZoneStudy study =
        new ZoneStudy(
            forecastModel,
            72,
            trainingDays,
            capacity_kW == null ? Double.POSITIVE_INFINITY : capacity_kW,
            pue);
    boolean quietProgress = zones.size() == 1;
    List<ZoneStudy.Row> rows =
        study.run(
            zones,
            series,
            priceSeries,
            fromTime,
            toTime,
            jobSource,
            policies,
            msg -> {
              if (!quietProgress) {
                err.println("terawatt: " + msg);
                err.flush();
              }
            });
    if (format.equals("table")) {
      printTable(out, rows, policies, loaded);
    } else {
      printJson(out, rows, loaded);
    }
    out.flush();
    return ExitCodes.OK;
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

  private static Instant parse(String text, String option) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option + " '" + text + "' is not a date (YYYY-MM-DD) or UTC time.");
    }
  }

  private static void put(ObjectNode n, String key, double v) {
    if (Double.isFinite(v)) {
      n.put(key, v);
    } else {
      n.putNull(key);
    }
  }

  private void printJson(
      PrintWriter out, List<ZoneStudy.Row> rows, IntensityHistoryLoader.Loaded loaded)
      throws Exception {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    List<ObjectNode> nodes = new ArrayList<>();
    for (ZoneStudy.Row r : rows) {
      PolicyEvaluation e = r.evaluation();
      ObjectNode n = mapper.createObjectNode();
      n.put("policy", r.policy());
      n.put("zone", r.zone());
      n.put("jobs", r.jobs());
      put(n, "emissions_kgCO2e", e.emissions_kgCO2e());
      put(n, "baseline_emissions_kgCO2e", e.baselineEmissions_kgCO2e());
      put(n, "oracle_emissions_kgCO2e", e.oracle_kgCO2e());
      put(n, "savings_pct", e.savings_pct());
      put(n, "share_of_oracle_savings_pct", e.shareOfOracleSavings_pct());
      n.put("deadline_misses", e.result().deadlineMisses());
      put(n, "oracle_savings_pct", e.oracleSavings_pct());
      n.put("oracle_exact", e.oracleExact());
      n.put("oracle_lower_bound_kgCO2e", e.oracleLowerBound_kgCO2e());
      put(n, "energy_kWh", e.result().totalEnergy_kWh());
      put(n, "cost_USD", e.result().totalCost_USD());
      put(n, "baseline_cost_USD", e.baseline().totalCost_USD());
      put(n, "mean_wait_h", r.meanWait_h());
      n.put("jobs_outside_period", r.jobsOutsidePeriod());
      n.put("signal", loaded.signal().name().toLowerCase(Locale.ROOT));
      n.put("basis", loaded.basis().name().toLowerCase(Locale.ROOT));
      n.put("forecast_model", forecastModel);
      nodes.add(n);
    }
    if (nodes.size() == 1) {
      out.println(mapper.writeValueAsString(nodes.get(0)));
      return;
    }
    ObjectNode root = mapper.createObjectNode();
    ArrayNode arr = root.putArray("results");
    nodes.forEach(arr::add);
    ObjectNode summary = root.putObject("median_by_policy");
    for (Map.Entry<String, double[]> m : medians(rows).entrySet()) {
      ObjectNode s = summary.putObject(m.getKey());
      put(s, "median_savings_pct", m.getValue()[0]);
      put(s, "median_share_of_oracle_savings_pct", m.getValue()[1]);
      put(s, "pooled_share_of_oracle_savings_pct", m.getValue()[2]);
    }
    out.println(mapper.writeValueAsString(root));
  }

  /** Per policy: median savings, median share of oracle savings, pooled share. */
  static Map<String, double[]> medians(List<ZoneStudy.Row> rows) {
    Map<String, List<ZoneStudy.Row>> by = new LinkedHashMap<>();
    rows.forEach(r -> by.computeIfAbsent(r.policy(), k -> new ArrayList<>()).add(r));
    Map<String, double[]> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<ZoneStudy.Row>> e : by.entrySet()) {
      List<Double> savings = new ArrayList<>();
      List<Double> shares = new ArrayList<>();
      double base = 0;
      double pol = 0;
      double orc = 0;
      for (ZoneStudy.Row r : e.getValue()) {
        PolicyEvaluation v = r.evaluation();
        savings.add(v.savings_pct());
        if (Double.isFinite(v.shareOfOracleSavings_pct())) {
          shares.add(v.shareOfOracleSavings_pct());
        }
        base += v.baselineEmissions_kgCO2e();
        pol += v.emissions_kgCO2e();
        orc += v.oracle_kgCO2e();
      }
      out.put(
          e.getKey(),
          new double[] {
            median(savings),
            median(shares),
            base - orc > 0 ? 100 * (base - pol) / (base - orc) : Double.NaN
          });
    }
    return out;
  }

  private static String fixed(double v, int decimals) {
    return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
  }

  private static double median(List<Double> v) {
    if (v.isEmpty()) {
      return Double.NaN;
    }
    List<Double> s = new ArrayList<>(v);
    Collections.sort(s);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  private void printTable(
      PrintWriter out,
      List<ZoneStudy.Row> rows,
      List<String> policies,
      IntensityHistoryLoader.Loaded loaded) {
    TextTable t =
        new TextTable(
            List.of(
                "zone",
                "policy",
                "jobs",
                "emissions_kgCO2e",
                "baseline_kgCO2e",
                "oracle_kgCO2e",
                "savings_pct",
                "oracle_savings_pct",
                "share_of_oracle_pct",
                "deadline_misses"));
    for (ZoneStudy.Row r : rows) {
      PolicyEvaluation e = r.evaluation();
      t.row(
          List.of(
              r.zone(),
              r.policy(),
              String.valueOf(r.jobs()),
              fixed(e.emissions_kgCO2e(), 3),
              fixed(e.baselineEmissions_kgCO2e(), 3),
              fixed(e.oracle_kgCO2e(), 3),
              fixed(e.savings_pct(), 2),
              fixed(e.oracleSavings_pct(), 2),
              fixed(e.shareOfOracleSavings_pct(), 1),
              String.valueOf(e.result().deadlineMisses())));
    }
    out.print(t.render());
    out.printf(
        Locale.ROOT,
        "Signal: %s, %s; forecasts: %s; %d filled hours.%n",
        loaded.signal().name().toLowerCase(Locale.ROOT),
        loaded.basis().name().toLowerCase(Locale.ROOT),
        forecastModel,
        loaded.filledHours());
    if (rows.size() > policies.size()) {
      for (Map.Entry<String, double[]> m : medians(rows).entrySet()) {
        out.printf(
            Locale.ROOT,
            "%s over %d zones: median savings %.2f %%, median share of oracle savings %.1f %%,"
                + " pooled share %.1f %%%n",
            m.getKey(),
            rows.size() / policies.size(),
            m.getValue()[0],
            m.getValue()[1],
            m.getValue()[2]);
      }
    }
  }
}
