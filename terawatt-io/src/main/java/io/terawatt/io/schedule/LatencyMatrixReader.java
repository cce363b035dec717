package io.terawatt.io.schedule;

import io.terawatt.io.grid.CsvLine;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.scheduling.LatencyMatrix;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a round-trip latency matrix ({@code origin, <zone>, <zone>, …}; one row per origin zone;
 * milliseconds), the layout of {@code network/gcp_latency_matrix.csv} (umassos/
 * decarbonization-potential, Apache-2.0). A zone that appears twice (two cloud regions on one grid
 * zone, as US-MIDA-PJM there) keeps its first row and column. Every problem is reported at once.
 */
public final class LatencyMatrixReader {
  private LatencyMatrixReader() {}

  /**
   * Reads the matrix.
   *
   * @throws InvalidInputException listing every bad cell
   */
  public static LatencyMatrix read(Path file) throws IOException, InvalidInputException {
    List<Problem> problems = new ArrayList<>();
    List<String> origins = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    List<String> destinations = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      List<String> names = header == null ? List.of() : CsvLine.split(header.replace("\uFEFF", ""));
      if (names.size() < 2) {
        throw new InvalidInputException(
            List.of(
                problem(
                    file,
                    1,
                    "header",
                    header == null ? "" : header,
                    "A latency matrix needs a header origin,<zone>,<zone>,...")));
      }
      for (int c = 1; c < names.size(); c++) {
        String z = names.get(c).trim();
        if (!destinations.contains(z)) {
          destinations.add(z);
          columns.add(c);
        }
      }
      String line;
      int lineNo = 1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        List<String> cells = CsvLine.split(line);
        String origin = cells.get(0).trim();
        double[] row = new double[destinations.size()];
        boolean ok = true;
        for (int d = 0; d < destinations.size(); d++) {
          int c = columns.get(d);
          String text = c < cells.size() ? cells.get(c).trim() : "";
          try {
            row[d] = Double.parseDouble(text);
            if (!(row[d] >= 0) || !Double.isFinite(row[d])) {
              throw new NumberFormatException();
            }
          } catch (NumberFormatException e) {
            problems.add(
                problem(
                    file,
                    lineNo,
                    origin + "." + destinations.get(d),
                    text,
                    "Expected a round-trip time in ms >= 0."));
            ok = false;
          }
        }
        if (ok && !origins.contains(origin)) {
          origins.add(origin);
          rows.add(row);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (origins.isEmpty()) {
      throw new InvalidInputException(
          List.of(problem(file, 0, "rows", "", "The latency matrix has no rows.")));
    }
    return new LatencyMatrix(origins, destinations, rows.toArray(double[][]::new));
  }

  private static Problem problem(Path file, int line, String path, String value, String message) {
    return new Problem(Problem.Severity.ERROR, file.toString(), line, 0, path, value, message);
  }
}
