package io.terawatt.io.schedule;

import io.terawatt.io.grid.CsvLine;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.scheduling.ScalingMeasurements;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Reads an elastic job's scaling profile in the GAIA layout ({@code nodes, iteration_time},
 * seconds, several measurements per node count, as {@code
 * traces/cluster-jobs/scaling-profile-nbody100k.csv} from umassos/GAIA, MIT) into the mean
 * iteration time per node count. Every problem is reported at once.
 */
public final class ScalingProfileReader {
  private ScalingProfileReader() {}

  /**
   * Reads the profile; node counts must run 1, 2, … without gaps.
   *
   * @throws InvalidInputException listing every bad line and every missing node count
   */
  public static ScalingMeasurements read(Path file) throws IOException, InvalidInputException {
    List<Problem> problems = new ArrayList<>();
    TreeMap<Integer, double[]> sums = new TreeMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      List<String> names = header == null ? List.of() : CsvLine.split(header.replace("\uFEFF", ""));
      int n = CsvLine.indexOf(names, "nodes");
      int t = CsvLine.indexOf(names, "iteration_time");
      if (n < 0 || t < 0) {
        throw new InvalidInputException(
            List.of(
                problem(
                    file,
                    1,
                    "header",
                    header == null ? "" : header,
                    "A scaling profile needs the columns nodes,iteration_time (count, seconds).")));
      }
      String line;
      int lineNo = 1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        List<String> cells = CsvLine.split(line);
        String nodesText = n < cells.size() ? cells.get(n).trim() : "";
        String timeText = t < cells.size() ? cells.get(t).trim() : "";
        int nodes;
        try {
          nodes = Integer.parseInt(nodesText);
          if (nodes < 1) {
            throw new NumberFormatException();
          }
        } catch (NumberFormatException e) {
          problems.add(problem(file, lineNo, "nodes", nodesText, "Expected a whole number >= 1."));
          continue;
        }
        double seconds;
        try {
          seconds = Double.parseDouble(timeText);
          if (!(seconds > 0) || !Double.isFinite(seconds)) {
            throw new NumberFormatException();
          }
        } catch (NumberFormatException e) {
          problems.add(
              problem(file, lineNo, "iteration_time", timeText, "Expected a time in seconds > 0."));
          continue;
        }
        double[] s = sums.computeIfAbsent(nodes, k -> new double[2]);
        s[0] += seconds;
        s[1]++;
      }
    }
    int max = sums.isEmpty() ? 0 : sums.lastKey();
    for (int k = 1; k <= max; k++) {
      if (!sums.containsKey(k)) {
        problems.add(
            problem(file, 0, "nodes", String.valueOf(k), "No measurement for " + k + " nodes."));
      }
    }
    if (sums.isEmpty() && problems.isEmpty()) {
      problems.add(problem(file, 0, "rows", "", "The profile has no measurements."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    double[] mean = new double[max];
    for (int k = 1; k <= max; k++) {
      double[] s = sums.get(k);
      mean[k - 1] = s[0] / s[1];
    }
    return new ScalingMeasurements(mean);
  }

  private static Problem problem(Path file, int line, String path, String value, String message) {
    return new Problem(Problem.Severity.ERROR, file.toString(), line, 0, path, value, message);
  }
}
