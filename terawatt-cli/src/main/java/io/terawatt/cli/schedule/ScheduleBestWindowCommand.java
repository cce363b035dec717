package io.terawatt.cli.schedule;

import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.SignalSource;
import io.terawatt.io.report.EmissionsRatingJsonWriter;
import io.terawatt.scheduling.BestWindowRequest;
import io.terawatt.scheduling.CarbonAwareService;
import io.terawatt.scheduling.EmissionsRating;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code terawatt schedule best-window}: the lowest-mean window (Carbon Aware SDK semantics, {@link
 * CarbonAwareService#bestWindows}); prints the earliest of the optimal windows.
 */
@Command(
    name = "best-window",
    mixinStandardHelpOptions = true,
    description = "The start of the window with the lowest mean intensity in [--from, --to).")
public final class ScheduleBestWindowCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--intensity",
      required = true,
      paramLabel = "FILE_OR_DIR",
      description = "Grid file(s).")
  Path intensity;

  @Option(names = "--zone", required = true, description = "Zone.")
  String zone;

  @Option(names = "--from", required = true, description = "Start of the range (UTC).")
  String from;

  @Option(names = "--to", required = true, description = "End of the range, exclusive (UTC).")
  String to;

  @Option(names = "--duration-hours", required = true, description = "Window length, hours.")
  double duration_h;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!(duration_h > 0)) {
      throw new IllegalArgumentException("--duration-hours " + duration_h + " must be > 0.");
    }
    Optional<SignalSource> signals =
        SignalFiles.load(intensity, Optional.of(zone), List.of(zone), spec.commandLine().getErr());
    if (signals.isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    BestWindowRequest request =
        new BestWindowRequest(
            zone,
            ScheduleInputs.time(from, "--from"),
            ScheduleInputs.time(to, "--to"),
            Duration.ofSeconds(Math.round(duration_h * 3600)));
    List<EmissionsRating> optimal = new CarbonAwareService(signals.get()).bestWindows(request);
    out.println(EmissionsRatingJsonWriter.rating(optimal.get(0)));
    out.flush();
    return ExitCodes.OK;
  }
}
