package io.terawatt.cli.schedule;

import io.terawatt.cli.ExitCodes;
import io.terawatt.grid.SignalSource;
import io.terawatt.io.report.EmissionsRatingJsonWriter;
import io.terawatt.scheduling.BestLocationRequest;
import io.terawatt.scheduling.CarbonAwareService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code terawatt schedule best-location}: the lowest-intensity zone(s) at a time ({@link
 * CarbonAwareService#bestLocations}).
 */
@Command(
    name = "best-location",
    mixinStandardHelpOptions = true,
    description = "The zone(s) with the lowest intensity in the hour containing --at (all ties).")
public final class ScheduleBestLocationCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--intensity",
      required = true,
      paramLabel = "FILE_OR_DIR",
      description = "Grid file(s).")
  Path intensity;

  @Option(names = "--zones", required = true, split = ",", description = "Candidate zones.")
  List<String> zones;

  @Option(names = "--at", required = true, description = "Time (UTC).")
  String at;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Optional<SignalSource> signals =
        SignalFiles.load(intensity, Optional.empty(), zones, spec.commandLine().getErr());
    if (signals.isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    var request = new BestLocationRequest(zones, ScheduleInputs.time(at, "--at"));
    out.println(
        EmissionsRatingJsonWriter.ratings(
            new CarbonAwareService(signals.get()).bestLocations(request)));
    out.flush();
    return ExitCodes.OK;
  }
}
