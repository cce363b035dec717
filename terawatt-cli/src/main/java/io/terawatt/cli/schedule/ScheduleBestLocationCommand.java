package io.terawatt.cli.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.terawatt.cli.ExitCodes;
import io.terawatt.scheduling.query.CarbonAwareQueries;
import io.terawatt.scheduling.query.EmissionsRating;
import io.terawatt.timeseries.HourlySeries;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code terawatt schedule best-location}: the lowest-intensity zone(s) at a time. */
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
    PrintWriter err = spec.commandLine().getErr();
    Optional<Map<String, HourlySeries>> s = ScheduleInputs.load(intensity, Optional.empty(), err);
    if (s.isEmpty() || !ScheduleInputs.missing(zones, s.get(), intensity, err).isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    Map<String, HourlySeries> chosen = new LinkedHashMap<>();
    zones.forEach(z -> chosen.put(z, s.get().get(z)));
    List<EmissionsRating> best =
        CarbonAwareQueries.bestLocationAt(chosen, ScheduleInputs.time(at, "--at"));
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ArrayNode a = mapper.createArrayNode();
    best.forEach(r -> a.add(ScheduleBestWindowCommand.rating(mapper, r)));
    out.println(mapper.writeValueAsString(a));
    out.flush();
    return ExitCodes.OK;
  }
}
