package io.terawatt.io.report.api;

import io.terawatt.io.parse.Problem;
import io.terawatt.io.store.FileImport;
import java.util.List;

/**
 * What became of one uploaded grid file.
 *
 * @param file the file name as uploaded
 * @param format the format recognised, or {@code skipped}
 * @param imported whether it was written to the grid store
 * @param changedHours hours added or changed
 * @param problems every problem, formatted with file, line, field and value
 * @param notes what was done, in words
 */
public record GridImportDocument(
    String file,
    String format,
    boolean imported,
    long changedHours,
    List<String> problems,
    List<String> notes) {

  /** Copies the lists. */
  public GridImportDocument {
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** The document of an import of the uploaded file {@code fileName}. */
  public static GridImportDocument of(String fileName, FileImport f) {
    return new GridImportDocument(
        fileName,
        f.format(),
        f.imported(),
        f.changedHours(),
        f.problems().stream().map(Problem::format).toList(),
        f.notes());
  }
}
