package io.terawatt.cli.grid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.GapPolicy;
import io.terawatt.grid.forecast.ForecastModels;
import io.terawatt.grid.forecast.Forecaster;
import io.terawatt.io.report.TextTable;
import io.terawatt.io.store.GridHistory;
import io.terawatt.io.store.GridStore;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
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
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant issued = Dates.parse(issuedAt, "--issued-at");
    if (!issued.truncatedTo(ChronoUnit.HOURS).equals(issued)) {
      throw new IllegalArgumentException("--issued-at " + issuedAt + " must be a whole UTC hour.");
    }
    if (horizonHours < 1 || horizonHours > 72) {
      throw new IllegalArgumentException("--horizon-hours must be 1 to 72.");
    }
    Forecaster forecaster = ForecastModels.byName(model);
    Instant from = issued.minus(Duration.ofDays(Math.max(8, trainingDays)));
    Optional<GridHistory> history;
    try (GridStore store = GridStore.open(database.file())) {
      history =
          GridHistory.load(
              store,
              zone,
              signalChoice.signal(),
              signalChoice.basis(),
              from,
              issued,
              GapPolicy.LINEAR);
    }
    if (history.isEmpty()) {
      Optional<io.terawatt.grid.typical.TypicalYear> typical =
          io.terawatt.grid.typical.BuiltInTypicalYears.get().find(zone);
      if (typical.isPresent()
          && signalChoice.signal().orElse(io.terawatt.grid.Signal.AVERAGE)
              == io.terawatt.grid.Signal.AVERAGE
          && signalChoice.basis().orElse(io.terawatt.grid.EmissionBasis.LIFECYCLE)
              == io.terawatt.grid.EmissionBasis.LIFECYCLE) {
        err.println(
            "terawatt: no data for "
                + zone
                + " in "
                + database.file()
                + "; using the built-in typical year (climatology: "
                + typical.get().source()
                + ")."
                + " Import data for a forecast that follows the weather.");
        double[] points = new double[horizonHours];
        for (int i = 0; i < horizonHours; i++) {
          points[i] = typical.get().mean(issued.plus(Duration.ofHours(i)));
        }
        print(out, issued, "average", "lifecycle", "typical-year-climatology", 0, 0, points);
        return ExitCodes.OK;
      }
      err.println(
          "terawatt: error: no "
              + signalChoice.signal().map(s -> s.id() + " ").orElse("")
              + "intensity for zone "
              + zone
              + " before "
              + issued
              + " in "
              + database.file()
              + ". Import data first: terawatt grid import FILE --zone "
              + zone);
      return ExitCodes.INVALID_INPUT;
    }
    GridHistory h = history.get();
    if (h.series().end().isBefore(issued)) {
      err.println(
          "terawatt: error: the history of "
              + zone
              + " ends at "
              + h.series().end()
              + "; a forecast issued at "
              + issued
              + " needs data up to the hour before it.");
      return ExitCodes.INVALID_INPUT;
    }
    forecaster.fit(h.series());
    double[] points = forecaster.forecast(h.series(), issued, horizonHours);
    print(
        out,
        issued,
        h.signal().id(),
        h.basis().id(),
        forecaster.name(),
        h.series().hours(),
        h.filledHours(),
        points);
    return ExitCodes.OK;
  }

  private void print(
      PrintWriter out,
      Instant issued,
      String signal,
      String basis,
      String modelName,
      int trainingHours,
      int filledHours,
      double[] points)
      throws Exception {
    if (format.equals("table")) {
      TextTable t = new TextTable(List.of("time", "gCO2e_per_kWh"));
      for (int i = 0; i < points.length; i++) {
        t.row(List.of(issued.plus(Duration.ofHours(i)).toString(), TextTable.num(points[i], 4)));
      }
      out.print(t.render());
    } else {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = mapper.createObjectNode();
      root.put("zone", zone);
      root.put("issued_at", issued.toString());
      root.put("signal", signal);
      root.put("basis", basis);
      root.put("model", modelName);
      root.put("training_hours", trainingHours);
      root.put("filled_hours", filledHours);
      ArrayNode a = root.putArray("points");
      for (int i = 0; i < points.length; i++) {
        ObjectNode p = a.addObject();
        p.put("time", issued.plus(Duration.ofHours(i)).toString());
        p.put("gCO2e_per_kWh", points[i]);
      }
      out.println(mapper.writeValueAsString(root));
    }
    out.flush();
  }
}
