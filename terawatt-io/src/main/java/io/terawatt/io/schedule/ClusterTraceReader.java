package io.terawatt.io.schedule;

import io.terawatt.io.grid.CsvLine;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.scheduling.BatchJob;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a one-year cluster job trace in the GAIA layout ({@code arrival_time} and {@code length} in
 * hours from the start, {@code cpus}), as in {@code traces/cluster-jobs/azure-100k.csv}, into batch
 * jobs with a given slack and a power per CPU.
 *
 * <p>Power: {@value #WATTS_PER_VCPU} W per vCPU at full load, the Cloud Carbon Footprint
 * methodology's Azure maximum (SPECpower-derived average over Azure's processor families; CCF
 * "Energy estimate (Watt-Hours)" coefficients, unverified against the current release).
 */
public final class ClusterTraceReader {
  /** IT power per vCPU at full load, W (Cloud Carbon Footprint, Azure max; unverified). */
  public static final double WATTS_PER_VCPU = 3.76;

  private ClusterTraceReader() {}

  /**
   * Reads the trace.
   *
   * @param slack_h slack given to every job, hours
   * @param interruptible whether the jobs may pause
   * @param regions region names assigned as home regions in turn (job i gets {@code regions[i mod
   *     n]}); empty for none
   * @throws InvalidInputException listing every problem
   */
  public static List<BatchJob> read(
      Path file, double slack_h, boolean interruptible, List<String> regions)
      throws IOException, InvalidInputException {
    List<Problem> problems = new ArrayList<>();
    List<BatchJob> jobs = new ArrayList<>();
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
          double arrival = Double.parseDouble(cells.get(a));
          double length = Double.parseDouble(cells.get(l));
          double cpus = Double.parseDouble(cells.get(c));
          if (!(arrival >= 0) || !(length > 0) || !(cpus >= 0)) {
            throw new NumberFormatException("out of range");
          }
          String home = regions.isEmpty() ? "" : regions.get(jobs.size() % regions.size());
          jobs.add(
              new BatchJob(
                  "job-" + (lineNo - 1),
                  (int) Math.floor(arrival),
                  length,
                  slack_h,
                  cpus * WATTS_PER_VCPU / 1000.0,
                  interruptible,
                  0,
                  Set.of(),
                  home));
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
