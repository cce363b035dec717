package io.terawatt.io.store;

import io.terawatt.io.parse.Problem;
import java.util.List;

/**
 * What an import of several files did, in total.
 *
 * @param imported files written
 * @param skipped files skipped (not grid data)
 * @param withErrors files with errors (nothing written)
 * @param changedHours hours (or forecast rows) new or changed in the database
 * @param problems every file's errors, in file order
 */
public record ImportTotals(
    long imported, long skipped, long withErrors, long changedHours, List<Problem> problems) {

  /** Copies the problems. */
  public ImportTotals {
    problems = List.copyOf(problems);
  }

  /** The totals of these imports. */
  public static ImportTotals of(List<FileImport> results) {
    return new ImportTotals(
        results.stream().filter(FileImport::imported).count(),
        results.stream().filter(r -> r.format().equals("skipped")).count(),
        results.stream().filter(r -> !r.problems().isEmpty()).count(),
        results.stream().mapToLong(FileImport::changedHours).sum(),
        results.stream().flatMap(r -> r.problems().stream()).toList());
  }
}
