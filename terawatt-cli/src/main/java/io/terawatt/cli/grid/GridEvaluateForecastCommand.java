package io.terawatt.cli.grid;

import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.ForecastEvaluationRequest;
import io.terawatt.grid.ForecastEvaluationResult;
import io.terawatt.grid.ForecastEvaluationService;
import io.terawatt.grid.GridForecastService;
import io.terawatt.grid.MissingGridDataException;
import io.terawatt.io.report.ForecastEvaluationMarkdown;
import io.terawatt.io.report.ForecastEvaluationWriter;
import io.terawatt.io.store.GridStore;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
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
    boolean markdown = format.equals("markdown");
    ForecastEvaluationRequest request = request(markdown);
    PrintWriter out = spec.commandLine().getOut();
    try (GridStore store = GridStore.open(database.file())) {
      if (markdown) {
        ForecastEvaluationMarkdown table = new ForecastEvaluationMarkdown(out, model, horizonHours);
        ForecastEvaluationService.evaluateEach(request, store.archive(), table::row);
        table.finish();
      } else {
        ForecastEvaluationResult result =
            ForecastEvaluationService.evaluate(request, store.archive());
        out.print(
            format.equals("table")
                ? ForecastEvaluationWriter.table(result)
                : ForecastEvaluationWriter.json(result));
      }
    } catch (MissingGridDataException e) {
      spec.commandLine().getErr().println("terawatt: error: " + e.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    out.flush();
    return ExitCodes.OK;
  }

  private ForecastEvaluationRequest request(boolean markdown) {
    var trainA = Dates.parse(trainFrom, "--train-from");
    var trainB = Dates.parse(trainTo, "--train-to");
    var testA = Dates.parse(testFrom, "--test-from");
    var testB = Dates.parse(testTo, "--test-to");
    if (!GridForecastService.acceptsHorizon(horizonHours)) {
      throw new IllegalArgumentException(
          "--horizon-hours must be 1 to " + GridForecastService.MAX_HORIZON_HOURS + ".");
    }
    List<String> zones =
        markdown ? Arrays.stream(zone.split(",")).map(String::trim).toList() : List.of(zone);
    return new ForecastEvaluationRequest(
        zones,
        trainA,
        trainB,
        testA,
        testB,
        horizonHours,
        model,
        signalChoice.signal(),
        signalChoice.basis());
  }
}
