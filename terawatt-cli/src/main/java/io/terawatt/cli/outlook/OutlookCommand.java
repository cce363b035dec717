package io.terawatt.cli.outlook;

import io.terawatt.cli.ExitCodes;
import io.terawatt.io.input.OutlookScenarioReader;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.report.OutlookJsonWriter;
import io.terawatt.io.report.OutlookTableWriter;
import io.terawatt.outlook.LocalEngine;
import io.terawatt.outlook.OutlookReport;
import io.terawatt.outlook.OutlookService;
import io.terawatt.outlook.SampleEngine;
import io.terawatt.outlook.montecarlo.ProgressListener;
import io.terawatt.outlook.parameter.BuiltInScenarios;
import io.terawatt.outlook.parameter.Scenario;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code terawatt outlook [SCENARIO.yaml|NAME]}: percentile bands of data-centre electricity,
 * emissions, water and cost for 2024–2050, with Sobol sensitivity.
 */
@Command(
    name = "outlook",
    mixinStandardHelpOptions = true,
    description =
        "Monte Carlo outlook of data-centre electricity, emissions, water and cost, 2024-2050.",
    subcommands = {OutlookCalibrateCommand.class})
public final class OutlookCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SCENARIO",
      description =
          "A scenario file (.yaml) or a built-in name: default, efficiency-wins, rebound,"
              + " fusion-by-2035. Default: default.")
  String scenario;

  @Option(names = "--samples", defaultValue = "100000", description = "Monte Carlo samples.")
  int samples;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed.")
  long seed;

  @Option(names = "--engine", defaultValue = "local", description = "local or spark.")
  String engine;

  @Option(names = "--format", defaultValue = "json", description = "json or table.")
  String format;

  @Option(
      names = "--sobol-samples",
      defaultValue = "2048",
      description = "Base samples N of the Sobol analysis (N x (k+2) runs); 0 skips it.")
  int sobolSamples;

  @Option(
      names = "--threads",
      description = "Threads of the local engine; default: all processors.")
  Integer threads;

  @Option(names = "--charts", paramLabel = "DIR", description = "Write SVG charts to this folder.")
  Path charts;

  @Option(
      names = "--list-parameters",
      description = "Print the scenario's parameters, distributions and sources (Markdown).")
  boolean listParameters;

  @Option(
      names = "--spark-master",
      defaultValue = "local[*]",
      description = "Spark master URL for --engine spark.")
  String sparkMaster;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (samples < 1 || sobolSamples < 0) {
      err.println("terawatt: error: --samples must be at least 1 and --sobol-samples at least 0.");
      return ExitCodes.USAGE;
    }
    if (!format.equals("json") && !format.equals("table")) {
      err.println("terawatt: error: --format must be json or table, got '" + format + "'.");
      return ExitCodes.USAGE;
    }
    Scenario s;
    try {
      Optional<Scenario> resolved = resolve(scenario, err);
      if (resolved.isEmpty()) {
        return ExitCodes.USAGE;
      }
      s = resolved.get();
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> err.println(p.format()));
      return ExitCodes.INVALID_INPUT;
    }
    if (listParameters) {
      spec.commandLine().getOut().print(OutlookTableWriter.parametersMarkdown(s));
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
    int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    SampleEngine sampler;
    switch (engine) {
      case "local" -> sampler = new LocalEngine(nThreads);
      case "spark" -> {
        Optional<SparkProcessEngine> spark = SparkProcessEngine.locate(sparkMaster);
        if (spark.isEmpty()) {
          err.println(SparkProcessEngine.missingMessage());
          return ExitCodes.USAGE;
        }
        sampler = spark.get();
      }
      default -> {
        err.println("terawatt: error: --engine must be local or spark, got '" + engine + "'.");
        return ExitCodes.USAGE;
      }
    }
    OutlookReport r =
        OutlookService.run(
            s, samples, seed, sampler, engine, sobolSamples, nThreads, progress(err));
    String text = format.equals("json") ? OutlookJsonWriter.write(r) : OutlookTableWriter.table(r);
    spec.commandLine().getOut().println(text);
    spec.commandLine().getOut().flush();
    if (charts != null) {
      OutlookCharts.write(charts, r);
      err.println("terawatt: charts written to " + charts);
    }
    return ExitCodes.OK;
  }

  /** A built-in name, or a file; empty (after printing why) when neither. */
  static Optional<Scenario> resolve(String scenario, PrintWriter err)
      throws java.io.IOException, InvalidInputException {
    if (scenario == null) {
      return Optional.of(Scenario.defaults());
    }
    Optional<Scenario> builtIn = BuiltInScenarios.find(scenario);
    if (builtIn.isPresent()) {
      return builtIn;
    }
    Path file = Path.of(scenario);
    if (!Files.isRegularFile(file)) {
      err.println(
          "terawatt: error: no scenario file or built-in scenario '"
              + scenario
              + "'; built-in: "
              + String.join(", ", BuiltInScenarios.names()));
      return Optional.empty();
    }
    return Optional.of(OutlookScenarioReader.read(file));
  }

  /** Prints samples done to stderr at most every two seconds. */
  private static ProgressListener progress(PrintWriter err) {
    long start = System.nanoTime();
    AtomicLong lastPrint = new AtomicLong(start);
    return (done, total) -> {
      long now = System.nanoTime();
      long last = lastPrint.get();
      if (now - last > 2_000_000_000L && lastPrint.compareAndSet(last, now)) {
        synchronized (err) {
          err.printf(
              "terawatt: outlook: %d of %d samples (%.0f s)%n", done, total, (now - start) / 1e9);
          err.flush();
        }
      }
    };
  }
}
