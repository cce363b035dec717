package io.terawatt.cli.grid;

import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.GridQueryRequest;
import io.terawatt.grid.GridQueryResult;
import io.terawatt.grid.GridQueryService;
import io.terawatt.grid.MissingGridDataException;
import io.terawatt.io.report.GridQueryWriter;
import io.terawatt.io.store.GridStore;
import java.io.PrintWriter;
import java.time.Instant;
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
    if (!GridQueryService.acceptsRange(a, b)) {
      throw new IllegalArgumentException("--from must be before --to, at most ten years apart.");
    }
    GridQueryRequest request =
        new GridQueryRequest(zone, a, b, prices, signalChoice.signal(), signalChoice.basis());
    GridQueryResult result;
    try (GridStore store = GridStore.open(database.file())) {
      result = GridQueryService.query(request, store.archive());
    } catch (MissingGridDataException e) {
      spec.commandLine().getErr().println("terawatt: error: " + e.getMessage());
      return ExitCodes.INVALID_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.equals("json") ? GridQueryWriter.json(result) : GridQueryWriter.csv(result));
    out.flush();
    return ExitCodes.OK;
  }
}
