package io.terawatt.cli.grid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.Signal;
import io.terawatt.io.store.GridStore;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code terawatt grid query}: hourly values of one zone and time range. */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = "Prints the stored hourly intensity (or --prices) of a zone over [--from, --to).")
public final class GridQueryCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--zone", required = true)
  String zone;

  @Option(names = "--from", required = true, description = "First hour or day (UTC), inclusive.")
  String from;

  @Option(names = "--to", required = true, description = "Last hour or day (UTC), exclusive.")
  String to;

  @Option(names = "--prices", description = "Query prices (USD_per_MWh) instead of intensity.")
  boolean prices;

  @Option(names = "--format", defaultValue = "csv", description = "csv or json.")
  String format;

  @Mixin SignalChoice signalChoice;

  @Mixin DatabaseOption database;

  @Override
  public Integer call() throws Exception {
    Instant a = Dates.parse(from, "--from");
    Instant b = Dates.parse(to, "--to");
    if (!a.isBefore(b) || Duration.between(a, b).toDays() > 3660) {
      throw new IllegalArgumentException("--from must be before --to, at most ten years apart.");
    }
    Signal signal = signalChoice.signal().orElse(Signal.AVERAGE);
    EmissionBasis basis = signalChoice.basis().orElse(EmissionBasis.LIFECYCLE);
    double[] values;
    try (GridStore store = GridStore.open(database.file())) {
      values = prices ? store.prices(zone, a, b) : store.intensity(zone, signal, basis, a, b);
    }
    String column = prices ? "price_USD_per_MWh" : "intensity_gCO2e_per_kWh";
    PrintWriter out = spec.commandLine().getOut();
    long present = java.util.Arrays.stream(values).filter(v -> !Double.isNaN(v)).count();
    if (present == 0) {
      spec.commandLine()
          .getErr()
          .println(
              "terawatt: error: no "
                  + (prices ? "prices" : signal.id() + " " + basis.id() + " intensity")
                  + " for "
                  + zone
                  + " in ["
                  + a
                  + ", "
                  + b
                  + ") in "
                  + database.file()
                  + ".");
      return ExitCodes.INVALID_INPUT;
    }
    if (format.equals("json")) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = mapper.createObjectNode();
      root.put("zone", zone);
      if (!prices) {
        root.put("signal", signal.id());
        root.put("basis", basis.id());
      }
      ArrayNode points = root.putArray("points");
      for (int i = 0; i < values.length; i++) {
        if (!Double.isNaN(values[i])) {
          ObjectNode p = points.addObject();
          p.put("time", a.plus(Duration.ofHours(i)).toString());
          p.put(column, values[i]);
        }
      }
      out.println(mapper.writeValueAsString(root));
    } else {
      out.println("time," + column);
      for (int i = 0; i < values.length; i++) {
        if (!Double.isNaN(values[i])) {
          out.println(
              a.plus(Duration.ofHours(i)) + "," + String.format(Locale.ROOT, "%.4f", values[i]));
        }
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
