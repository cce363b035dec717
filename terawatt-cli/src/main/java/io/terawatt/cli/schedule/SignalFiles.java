package io.terawatt.cli.schedule;

import io.terawatt.grid.SignalSource;
import io.terawatt.grid.SignalSources;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.schedule.IntensityHistoryLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Grid files read as the signal source of {@code best-window} and {@code best-location}. */
final class SignalFiles {
  private SignalFiles() {}

  /**
   * The carbon-intensity series of {@code path} (only {@code zone} when given) as a source; prints
   * the problems, or the zones of {@code wanted} it lacks, and returns empty when there are any.
   */
  static Optional<SignalSource> load(
      Path path, Optional<String> zone, List<String> wanted, PrintWriter err) throws IOException {
    try {
      var loaded = IntensityHistoryLoader.load(path, zone, Optional.empty(), Optional.empty());
      if (!ScheduleInputs.missing(wanted, loaded.series(), path, err).isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          SignalSources.hourly(loaded.series(), loaded.signal(), loaded.basis(), path.toString()));
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> err.println(p.format()));
      return Optional.empty();
    }
  }
}
