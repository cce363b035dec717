package io.terawatt.io.schedule;

import io.terawatt.io.grid.CsvLine;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.scheduling.TraceJob;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a one-year cluster job trace in the GAIA layout ({@code arrival_time} and {@code length} in
 * hours from the start, {@code cpus}), as in {@code traces/cluster-jobs/azure-100k.csv}, into the
 * jobs as the file gives them; {@link io.terawatt.scheduling.ClusterTraces} gives them slack, power
 * and home regions.
 */
public final class ClusterTraceReader {
  private ClusterTraceReader() {}

  /**
   * Reads the trace.
   *
   * @throws InvalidInputException listing every problem (the first 50 bad rows)
   */
  public static List<TraceJob> read(Path file) throws IOException, InvalidInputException {
    List<Problem> problems = new ArrayList<>();
    List<TraceJob> jobs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      List<String> names = header == null ? List.of() : CsvLine.split(header.replace("\uFEFF", ""));
      int a = CsvLine.indexOf(names, "arrival_time");
      int l = CsvLine.indexOf(names, "length");
      int c = CsvLine.indexOf(names, "cpus");
      if (a < 0 || l < 0 || c < 0) {
        throw new InvalidInputException(
            List.of(
                new Problem(
                    Problem.Severity.ERROR,
                    file.toString(),
                    1,
                    0,
                    "header",
                    header == null ? "" : header,
                    "A cluster trace needs the columns arrival_time,length,cpus (hours, hours,"
                        + " count).")));
      }
      String line;
      int lineNo = 1;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        List<String> cells = CsvLine.split(line);
        try {
          jobs.add(
              new TraceJob(
                  lineNo - 1,
                  Double.parseDouble(cells.get(a)),
                  Double.parseDouble(cells.get(l)),
                  Double.parseDouble(cells.get(c))));
        } catch (RuntimeException e) {
          problems.add(
              new Problem(
                  Problem.Severity.ERROR,
                  file.toString(),
                  lineNo,
                  0,
                  "job",
                  line,
                  "Expected arrival_time >= 0, length > 0 and cpus >= 0 as numbers."));
          if (problems.size() >= 50) {
            break;
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return jobs;
  }
}
