package io.terawatt.cli.outlook;

import io.terawatt.cli.ExitCodes;
import io.terawatt.io.input.OutlookScenarioReader;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.report.OutlookTableWriter;
import io.terawatt.outlook.OutlookCalibrationReport;
import io.terawatt.outlook.OutlookRequest;
import io.terawatt.outlook.OutlookService;
import java.io.PrintWriter;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code terawatt outlook calibrate}: the baseline against IEA 2024 and LBNL 2023 (checks within 5
 * %), the projection against IEA 2030/2035 and LBNL 2028 ranges; exits 1 when a check fails.
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description =
        "Compares the outlook with IEA, LBNL and Epoch AI; exits 1 when a calibration check"
            + " fails.")
public final class OutlookCalibrateCommand implements Callable<Integer> {
  /** Samples used by default (and for the table in docs/outlook.md). */
  public static final int DEFAULT_SAMPLES = 20000;

  /** Seed used by default (and for the table in docs/outlook.md). */
  public static final long DEFAULT_SEED = 42;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "As outlook.")
  String scenario;

  @Option(names = "--samples", defaultValue = "20000", description = "Monte Carlo samples.")
  int samples;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed.")
  long seed;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    OutlookRequest request;
    try {
      request =
          new OutlookRequest(
              OutlookScenarioReader.resolve(scenario),
              samples,
              seed,
              0,
              OptionalInt.empty(),
              "local");
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> err.println(p.format()));
      return ExitCodes.INVALID_INPUT;
    }
    OutlookCalibrationReport report = OutlookService.calibrate(request);
    spec.commandLine().getOut().print(OutlookTableWriter.calibrationMarkdown(report));
    spec.commandLine().getOut().flush();
    if (report.anyFailed()) {
      err.println("terawatt: outlook calibration: a check is out of its band (FAIL rows).");
      return ExitCodes.CHECK_FAILED;
    }
    return ExitCodes.OK;
  }
}
