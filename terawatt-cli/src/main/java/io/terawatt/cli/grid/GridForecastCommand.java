package io.terawatt.cli.grid;

import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.GridForecast;
import io.terawatt.grid.GridForecastRequest;
import io.terawatt.grid.GridForecastService;
import io.terawatt.grid.MissingGridDataException;
import io.terawatt.io.report.GridForecastWriter;
import io.terawatt.io.store.GridStore;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code terawatt grid forecast}: hourly intensity ahead of an issue time. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = {
      "Forecasts hourly carbon intensity for the hours after --issued-at, using only data before it.",
      "The model is fitted on the --training-days before the issue time."
    })
public final class GridForecastCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--zone", required = true)
  String zone;

  @Option(
      names = "--issued-at",
      required = true,
      description = "Issue time, a whole UTC hour (2023-06-01T12:00:00Z).")
  String issuedAt;

  @Option(names = "--horizon-hours", defaultValue = "24", description = "1 to 72 (default: 24).")
  int horizonHours;

  @Option(
      names = "--model",
      defaultValue = "regression",
      description = "regression, seasonal-naive-24, seasonal-naive-168, persistence.")
  String model;

  @Option(
      names = "--training-days",
      defaultValue = "365",
      description = "Days of history to fit on (default: 365).")
  int trainingDays;

  @Option(names = "--format", defaultValue = "json", description = "json or table.")
  String format;

  @Mixin SignalChoice signalChoice;

  @Mixin DatabaseOption database;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    GridForecastRequest request = request();
    GridForecast forecast;
    try (GridStore store = GridStore.open(database.file())) {
      forecast = GridForecastService.forecast(request, store.archive());
    } catch (MissingGridDataException e) {
      err.println("terawatt: error: " + e.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    forecast.note().ifPresent(note -> err.println("terawatt: " + note));
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        format.equals("table")
            ? GridForecastWriter.table(forecast)
            : GridForecastWriter.json(forecast));
    out.flush();
    return ExitCodes.OK;
  }

  private GridForecastRequest request() {
    Instant issued = Dates.parse(issuedAt, "--issued-at");
    if (!GridForecastService.isWholeHour(issued)) {
      throw new IllegalArgumentException("--issued-at " + issuedAt + " must be a whole UTC hour.");
    }
    if (!GridForecastService.acceptsHorizon(horizonHours)) {
      throw new IllegalArgumentException(
          "--horizon-hours must be 1 to " + GridForecastService.MAX_HORIZON_HOURS + ".");
    }
    return new GridForecastRequest(
        zone,
        issued,
        horizonHours,
        model,
        trainingDays,
        signalChoice.signal(),
        signalChoice.basis());
  }
}
