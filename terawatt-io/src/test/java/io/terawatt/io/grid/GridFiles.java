package io.terawatt.io.grid;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.grid.CleanSeries;
import io.terawatt.grid.GapPolicy;
import io.terawatt.grid.HourlyAggregator;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.io.parse.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small grid files written by the reader tests, and helpers to read them back. */
final class GridFiles {
  private GridFiles() {}

  /** Writes lines (joined with newlines) to {@code dir/name}. */
  static Path write(Path dir, String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  /** Reads a file that must be recognised. */
  static ParsedFile read(Path file, ImportOptions options) throws IOException {
    return GridFileReader.read(file, options).orElseThrow();
  }

  /** Reads a file that must have no problems, and cleans every series with no gap filling. */
  static Map<SeriesMetadata, CleanSeries> readClean(Path file, ImportOptions options)
      throws IOException {
    ParsedFile parsed = read(file, options);
    assertThat(parsed.problems()).as("problems of %s", file).isEmpty();
    Map<SeriesMetadata, CleanSeries> out = new LinkedHashMap<>();
    parsed
        .allSeries()
        .forEach((m, raw) -> out.put(m, HourlyAggregator.aggregate(m, raw, GapPolicy.NONE)));
    return out;
  }

  /** The formatted problems, {@code file:line: error: field = 'value': message}. */
  static List<String> formatted(ParsedFile parsed) {
    return parsed.problems().stream().map(Problem::format).toList();
  }
}
