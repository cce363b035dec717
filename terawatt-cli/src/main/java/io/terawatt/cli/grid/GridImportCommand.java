package io.terawatt.cli.grid;

import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GapPolicy;
import io.terawatt.grid.Signal;
import io.terawatt.io.grid.GridFormat;
import io.terawatt.io.grid.ImportOptions;
import io.terawatt.io.report.GridImportWriter;
import io.terawatt.io.store.FileImport;
import io.terawatt.io.store.GridImportService;
import io.terawatt.io.store.GridStore;
import io.terawatt.io.store.ImportTotals;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code terawatt grid import PATH}: files or folders into the grid database. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Imports grid files (a file, or every .csv/.json below a folder) into the database.",
      "Layouts: "
          + "electricitymaps, electricitymaps-wide, watttime, carbon-aware-sdk, generic,"
          + " production-mix, prices, issued-forecasts (detected unless --format is given).",
      "Importing the same file twice changes nothing. A file with errors writes nothing."
    })
public final class GridImportCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATH", description = "File or folder.")
  Path path;

  @Option(names = "--zone", description = "Zone of the data, or the one column of a wide file.")
  String zone;

  @Option(names = "--format", paramLabel = "FORMAT", description = "Input layout (see above).")
  String format;

  @Option(names = "--timezone", description = "Zone of timestamps without a UTC offset, e.g. UTC.")
  String timezone;

  @Option(
      names = "--unit",
      description =
          "Unit of a generic file: gCO2e_per_kWh, kgCO2e_per_kWh, lbs_per_MWh, USD_per_MWh.")
  String unit;

  @Option(names = "--signal", description = "Signal of a generic or SDK file: average or marginal.")
  String signal;

  @Option(names = "--basis", description = "Basis of a generic or SDK file: lifecycle or direct.")
  String basis;

  @Option(
      names = "--fill",
      defaultValue = "none",
      description = "Gap policy: none, linear, previous, seasonal-24h (default: none).")
  String fill;

  @Mixin DatabaseOption database;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    List<String> usage = new ArrayList<>();
    ImportOptions options = options(usage);
    if (!Files.exists(path)) {
      usage.add(path + " does not exist.");
    }
    if (!usage.isEmpty()) {
      usage.forEach(err::println);
      return ExitCodes.USAGE;
    }
    List<FileImport> results;
    long started = System.nanoTime();
    try (GridStore store = GridStore.open(database.file())) {
      results =
          GridImportService.importPath(
              path,
              options,
              store,
              line -> {
                err.println(line);
                err.flush();
              });
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    PrintWriter out = spec.commandLine().getOut();
    out.print(GridImportWriter.table(results));
    ImportTotals totals = ImportTotals.of(results);
    totals.problems().forEach(p -> err.println(p.format()));
    out.print(GridImportWriter.summary(totals, database.file().toString(), seconds));
    out.flush();
    return totals.problems().isEmpty() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }

  /** The import options the command line gives; what is wrong goes to {@code usage}. */
  private ImportOptions options(List<String> usage) {
    ImportOptions options = ImportOptions.defaults();
    if (zone != null) {
      options = options.withZone(zone);
    }
    if (format != null) {
      Optional<GridFormat> f = GridFormat.parse(format);
      if (f.isEmpty()) {
        usage.add("--format '" + format + "' is unknown. Use one of: " + GridFormat.ids() + ".");
      }
      options = f.map(options::withFormat).orElse(options);
    }
    if (timezone != null) {
      try {
        options = options.withTimezone(ZoneId.of(timezone));
      } catch (java.time.DateTimeException e) {
        usage.add("--timezone '" + timezone + "' is not a time zone (e.g. UTC, Europe/Berlin).");
      }
    }
    if (unit != null) {
      options = options.withUnit(unit);
    }
    return signalAndFill(options, usage);
  }

  private ImportOptions signalAndFill(ImportOptions options, List<String> usage) {
    if (signal != null) {
      Optional<Signal> s = Signal.parse(signal).filter(x -> x != Signal.NOT_APPLICABLE);
      if (s.isEmpty()) {
        usage.add("--signal '" + signal + "' must be average or marginal.");
      }
      options = s.map(options::withSignal).orElse(options);
    }
    if (basis != null) {
      Optional<EmissionBasis> b =
          EmissionBasis.parse(basis).filter(x -> x != EmissionBasis.NOT_APPLICABLE);
      if (b.isEmpty()) {
        usage.add("--basis '" + basis + "' must be lifecycle or direct.");
      }
      options = b.map(options::withBasis).orElse(options);
    }
    Optional<GapPolicy> policy = GapPolicy.parse(fill);
    if (policy.isEmpty()) {
      usage.add("--fill '" + fill + "' must be none, linear, previous or seasonal-24h.");
    }
    return policy.map(options::withGapPolicy).orElse(options);
  }
}
