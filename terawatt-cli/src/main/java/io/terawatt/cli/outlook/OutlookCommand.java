package io.terawatt.cli.outlook;

import io.terawatt.cli.ExitCodes;
import io.terawatt.io.input.OutlookScenarioReader;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.report.OutlookChartWriter;
import io.terawatt.io.report.OutlookJsonWriter;
import io.terawatt.io.report.OutlookTableWriter;
import io.terawatt.outlook.LocalEngine;
import io.terawatt.outlook.OutlookProgress;
import io.terawatt.outlook.OutlookReport;
import io.terawatt.outlook.OutlookRequest;
import io.terawatt.outlook.OutlookService;
import io.terawatt.outlook.RemoteSampling;
import io.terawatt.outlook.SampleEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
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
    OutlookRequest request;
    try {
      request = request();
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> err.println(p.format()));
      return ExitCodes.INVALID_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (listParameters) {
      out.print(OutlookTableWriter.parametersMarkdown(request));
      out.flush();
      return ExitCodes.OK;
    }
    Optional<SampleEngine> sampler = sampler(request, err);
    if (sampler.isEmpty()) {
      return ExitCodes.USAGE;
    }
    OutlookReport r = OutlookService.run(request, sampler.get(), progress(err));
    out.println(format.equals("json") ? OutlookJsonWriter.write(r) : OutlookTableWriter.table(r));
    out.flush();
    if (charts != null) {
      OutlookChartWriter.write(charts, r);
      err.println("terawatt: charts written to " + charts);
    }
    return ExitCodes.OK;
  }

  private OutlookRequest request() throws IOException, InvalidInputException {
    return new OutlookRequest(
        OutlookScenarioReader.resolve(scenario),
        samples,
        seed,
        sobolSamples,
        threads == null ? OptionalInt.empty() : OptionalInt.of(threads),
        engine);
  }

  /** The engine --engine names; empty (after printing why) when it cannot run. */
  private Optional<SampleEngine> sampler(OutlookRequest request, PrintWriter err) {
    switch (engine) {
      case "local" -> {
        return Optional.of(new LocalEngine(request.threadCount()));
      }
      case "spark" -> {
        Optional<SparkProcessEngine> spark = SparkProcessEngine.locate(sparkMaster);
        if (spark.isEmpty()) {
          err.println(SparkProcessEngine.missingMessage());
        }
        return spark.map(RemoteSampling::engine);
      }
      default -> {
        err.println("terawatt: error: --engine must be local or spark, got '" + engine + "'.");
        return Optional.empty();
      }
    }
  }

  /** Prints samples done to stderr at most every two seconds. */
  private static OutlookProgress progress(PrintWriter err) {
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
