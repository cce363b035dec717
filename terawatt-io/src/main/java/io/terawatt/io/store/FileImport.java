package io.terawatt.io.store;

import io.terawatt.grid.CleanupReport;
import io.terawatt.io.parse.Problem;
import java.util.List;

/**
 * What importing one file did.
 *
 * @param file the file
 * @param format the layout it was read as, or {@code skipped}
 * @param reports the clean-up report of each series
 * @param changedHours hours (or forecast rows) that were new or changed in the database
 * @param problems errors; a file with errors writes nothing
 * @param notes assumptions made while reading, or why the file was skipped
 */
public record FileImport(
    String file,
    String format,
    List<CleanupReport> reports,
    long changedHours,
    List<Problem> problems,
    List<String> notes) {

  /** Copies the lists. */
  public FileImport {
    reports = List.copyOf(reports);
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** Whether the file was written. */
  public boolean imported() {
    return problems.isEmpty() && !format.equals("skipped");
  }
}
