package io.terawatt.cli.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.cli.ExitCodes;
import io.terawatt.scheduling.query.CarbonAwareQueries;
import io.terawatt.scheduling.query.EmissionsRating;
import io.terawatt.timeseries.HourlySeries;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code terawatt schedule best-window}: the lowest-mean window (Carbon Aware SDK semantics). */
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
    PrintWriter err = spec.commandLine().getErr();
    if (!(duration_h > 0)) {
      throw new IllegalArgumentException("--duration-hours " + duration_h + " must be > 0.");
    }
    Optional<Map<String, HourlySeries>> s = ScheduleInputs.load(intensity, Optional.of(zone), err);
    if (s.isEmpty() || !ScheduleInputs.missing(List.of(zone), s.get(), intensity, err).isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    EmissionsRating r =
        new CarbonAwareQueries(s.get())
            .bestWindow(
                zone,
                ScheduleInputs.time(from, "--from"),
                ScheduleInputs.time(to, "--to"),
                Duration.ofSeconds(Math.round(duration_h * 3600)));
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    out.println(mapper.writeValueAsString(rating(mapper, r)));
    out.flush();
    return ExitCodes.OK;
  }

  static ObjectNode rating(ObjectMapper mapper, EmissionsRating r) {
    ObjectNode n = mapper.createObjectNode();
    n.put("location", r.location());
    n.put("start", r.start().toString());
    n.put("duration_h", r.duration().toSeconds() / 3600.0);
    n.put("rating_gCO2e_per_kWh", r.rating_gCO2e_per_kWh());
    return n;
  }
}
