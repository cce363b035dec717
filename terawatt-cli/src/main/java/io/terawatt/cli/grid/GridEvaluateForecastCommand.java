package io.terawatt.cli.grid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.GapPolicy;
import io.terawatt.grid.forecast.ForecastEvaluation;
import io.terawatt.grid.forecast.ForecastEvaluator;
import io.terawatt.grid.forecast.ForecastModels;
import io.terawatt.grid.forecast.Forecaster;
import io.terawatt.io.report.TextTable;
import io.terawatt.io.store.GridHistory;
import io.terawatt.io.store.GridStore;
import io.terawatt.io.store.IssuedForecastComparison;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code terawatt grid evaluate-forecast}: rolling-origin errors against the baselines. */
@Command(
    name = "evaluate-forecast",
    mixinStandardHelpOptions = true,
    description = {
      "Fits the model on [train-from, train-to), issues a forecast at every hour of"
          + " [test-from, test-to) from the data before it, and reports MAPE and MAE by horizon"
          + " against seasonal naive (24 h, 168 h) and persistence.",
      "Where the database holds forecasts a provider issued (e.g. WattTime), they are scored on"
          + " the same hours at horizon 1."
    })
public final class GridEvaluateForecastCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--zone",
      required = true,
      description = "Zone; with --format markdown, a comma-separated list gives one row per zone.")
  String zone;

  @Option(names = "--train-from", required = true)
  String trainFrom;

  @Option(names = "--train-to", required = true)
  String trainTo;

  @Option(names = "--test-from", required = true)
  String testFrom;

  @Option(names = "--test-to", required = true)
  String testTo;

  @Option(
      names = "--horizon-hours",
      defaultValue = "24",
      description = "Horizons 1..H are scored (default: 24).")
  int horizonHours;

  @Option(names = "--model", defaultValue = "regression")
  String model;

  @Option(names = "--format", defaultValue = "json", description = "json, table or markdown.")
  String format;

  @Mixin SignalChoice signalChoice;

  @Mixin DatabaseOption database;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant trainA = Dates.parse(trainFrom, "--train-from");
    Instant trainB = Dates.parse(trainTo, "--train-to");
    Instant testA = Dates.parse(testFrom, "--test-from");
    Instant testB = Dates.parse(testTo, "--test-to");
    if (horizonHours < 1 || horizonHours > 72) {
      throw new IllegalArgumentException("--horizon-hours must be 1 to 72.");
    }
    if (format.equals("markdown")) {
      return markdown(out, err, trainA, trainB, testA, testB);
    }
    Forecaster forecaster = ForecastModels.byName(model);
    Instant from =
        trainA.isBefore(testA.minus(Duration.ofDays(8))) ? trainA : testA.minus(Duration.ofDays(8));
    Optional<GridHistory> history;
    Optional<IssuedForecastComparison> provider = Optional.empty();
    try (GridStore store = GridStore.open(database.file())) {
      history =
          GridHistory.load(
              store,
              zone,
              signalChoice.signal(),
              signalChoice.basis(),
              from,
              testB,
              GapPolicy.LINEAR);
      if (history.isPresent()) {
        provider = IssuedForecastComparison.of(store, zone, history.get().series(), testA, testB);
      }
    }
    if (history.isEmpty()) {
      err.println(
          "terawatt: error: no intensity for zone "
              + zone
              + " in "
              + database.file()
              + ". Import data first: terawatt grid import FILE --zone "
              + zone);
      return ExitCodes.INVALID_INPUT;
    }
    GridHistory h = history.get();
    ForecastEvaluation e =
        ForecastEvaluator.evaluate(
            forecaster, h.series(), trainA, trainB, testA, testB, horizonHours);
    if (format.equals("table")) {
      TextTable t =
          new TextTable(
              List.of(
                  "horizon_h",
                  "model_mape_pct",
                  "model_mae_gCO2e_per_kWh",
                  "seasonal_naive_24_mape_pct",
                  "seasonal_naive_168_mape_pct",
                  "persistence_mape_pct"));
      for (int k = 1; k <= horizonHours; k++) {
        t.row(
            List.of(
                String.valueOf(k),
                pct(e.model().mapePercentAt(k)),
                TextTable.num(e.model().maeAt(k), 4),
                pct(e.seasonalNaive24().mapePercentAt(k)),
                pct(e.seasonalNaive168().mapePercentAt(k)),
                pct(e.persistence().mapePercentAt(k))));
      }
      out.print(t.render());
      out.printf(
          Locale.ROOT,
          "%s %s/%s, %d issues: %s MAPE at %d h %.2f %% vs seasonal naive %.2f %%%n",
          zone,
          h.signal().id(),
          h.basis().id(),
          e.issueCount(),
          e.modelName(),
          horizonHours,
          e.model().mapePercentAt(horizonHours),
          e.seasonalNaive24().mapePercentAt(horizonHours));
      provider.ifPresent(
          p ->
              out.printf(
                  Locale.ROOT,
                  "Issued forecasts (%s) at 1 h over %d hours: provider MAPE %.2f %%, %s %.2f %%%n",
                  p.source(),
                  p.hours(),
                  p.providerMapePercent(),
                  e.modelName(),
                  p.modelMapePercent(forecaster)));
    } else {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = mapper.createObjectNode();
      root.put("zone", zone);
      root.put("model", e.modelName());
      root.put("signal", h.signal().id());
      root.put("basis", h.basis().id());
      root.put("horizon_hours", horizonHours);
      root.put("issues", e.issueCount());
      root.put("mape_pct", e.model().mapePercentAt(horizonHours));
      root.put("mae_gCO2e_per_kWh", e.model().maeAt(horizonHours));
      root.put("seasonal_naive_mape_pct", e.seasonalNaive24().mapePercentAt(horizonHours));
      root.put("seasonal_naive_mae_gCO2e_per_kWh", e.seasonalNaive24().maeAt(horizonHours));
      root.put("seasonal_naive_168_mape_pct", e.seasonalNaive168().mapePercentAt(horizonHours));
      root.put("persistence_mape_pct", e.persistence().mapePercentAt(horizonHours));
      root.put("mean_mape_pct_over_horizons", e.model().meanMapePercentThrough(horizonHours));
      root.put(
          "seasonal_naive_mean_mape_pct_over_horizons",
          e.seasonalNaive24().meanMapePercentThrough(horizonHours));
      root.put("filled_hours", h.filledHours());
      root.put("mape_skipped_targets", e.mapeSkippedTargetsAt(horizonHours));
      ArrayNode by = root.putArray("by_horizon");
      for (int k = 1; k <= horizonHours; k++) {
        ObjectNode n = by.addObject();
        n.put("horizon_hours", k);
        n.put("mape_pct", e.model().mapePercentAt(k));
        n.put("mae_gCO2e_per_kWh", e.model().maeAt(k));
        n.put("seasonal_naive_mape_pct", e.seasonalNaive24().mapePercentAt(k));
        n.put("seasonal_naive_168_mape_pct", e.seasonalNaive168().mapePercentAt(k));
        n.put("persistence_mape_pct", e.persistence().mapePercentAt(k));
      }
      if (provider.isPresent()) {
        IssuedForecastComparison p = provider.get();
        ObjectNode n = root.putObject("issued_forecasts");
        n.put("source", p.source());
        n.put("horizon_hours", 1);
        n.put("hours", p.hours());
        n.put("provider_mape_pct", p.providerMapePercent());
        n.put("model_mape_pct", p.modelMapePercent(forecaster));
      }
      out.println(mapper.writeValueAsString(root));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private int markdown(
      PrintWriter out,
      PrintWriter err,
      Instant trainA,
      Instant trainB,
      Instant testA,
      Instant testB)
      throws Exception {
    out.printf(
        Locale.ROOT,
        "| zone | signal | issues | %s MAPE %% at %d h | seasonal naive 24 h MAPE %% | seasonal naive 168 h"
            + " MAPE %% | persistence MAPE %% | %s MAE gCO2e/kWh | seasonal naive MAE gCO2e/kWh |"
            + " beats seasonal naive |%n",
        model,
        horizonHours,
        model);
    out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
    int wins = 0;
    int zones = 0;
    Instant from =
        trainA.isBefore(testA.minus(Duration.ofDays(8))) ? trainA : testA.minus(Duration.ofDays(8));
    try (GridStore store = GridStore.open(database.file())) {
      for (String z : zone.split(",")) {
        Optional<GridHistory> history =
            GridHistory.load(
                store,
                z.trim(),
                signalChoice.signal(),
                signalChoice.basis(),
                from,
                testB,
                GapPolicy.LINEAR);
        if (history.isEmpty()) {
          err.println("terawatt: error: no intensity for zone " + z + " in " + database.file());
          return ExitCodes.INVALID_INPUT;
        }
        Forecaster f = ForecastModels.byName(model);
        ForecastEvaluation e =
            ForecastEvaluator.evaluate(
                f, history.get().series(), trainA, trainB, testA, testB, horizonHours);
        boolean win =
            e.model().mapePercentAt(horizonHours) < e.seasonalNaive24().mapePercentAt(horizonHours);
        wins += win ? 1 : 0;
        zones++;
        out.printf(
            Locale.ROOT,
            "| %s | %s %s | %d | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f | %s |%n",
            z.trim(),
            history.get().signal().id(),
            history.get().basis().id(),
            e.issueCount(),
            e.model().mapePercentAt(horizonHours),
            e.seasonalNaive24().mapePercentAt(horizonHours),
            e.seasonalNaive168().mapePercentAt(horizonHours),
            e.persistence().mapePercentAt(horizonHours),
            e.model().maeAt(horizonHours),
            e.seasonalNaive24().maeAt(horizonHours),
            win ? "yes" : "no");
      }
    }
    out.printf(
        Locale.ROOT,
        "%n%s beats seasonal naive at %d h in %d of %d zones.%n",
        model,
        horizonHours,
        wins,
        zones);
    out.flush();
    return ExitCodes.OK;
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
