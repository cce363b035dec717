package io.terawatt.cli.grid;

import io.terawatt.cli.TerawattCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import picocli.CommandLine;

/**
 * One in-process run of the {@code terawatt} command line with captured output, and helpers that
 * write grid files for the grid command tests.
 *
 * @param exitCode the exit code
 * @param out standard output
 * @param err standard error
 */
record GridCli(int exitCode, String out, String err) {

  /** Runs the command line with these arguments. */
  static GridCli run(Object... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = TerawattCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] text = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      text[i] = String.valueOf(args[i]);
    }
    int code = cl.execute(text);
    return new GridCli(code, out.toString(), err.toString());
  }

  /**
   * Writes a generic {@code time_utc,gCO2e_per_kWh} file of hourly values with a daily and a weekly
   * cycle and a little deterministic noise.
   */
  static Path syntheticHourly(Path file, Instant start, int hours) throws IOException {
    Random noise = new Random(42);
    List<String> lines = new ArrayList<>();
    lines.add("time_utc,gCO2e_per_kWh");
    DateTimeFormatter iso = DateTimeFormatter.ISO_INSTANT;
    for (int h = 0; h < hours; h++) {
      double v =
          300
              + 80 * Math.sin(2 * Math.PI * h / 24.0)
              + 20 * Math.sin(2 * Math.PI * h / 168.0)
              + 5 * noise.nextGaussian();
      lines.add(
          iso.format(start.plusSeconds(3600L * h)) + "," + String.format(Locale.ROOT, "%.3f", v));
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** {@code shared/data/<relative>}, found by walking up from the working directory. */
  static Optional<Path> sharedData(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
