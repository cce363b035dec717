package io.terawatt.io.report;

import io.terawatt.grid.CleanupReport;
import io.terawatt.io.store.FileImport;
import io.terawatt.io.store.ImportTotals;
import java.util.List;
import java.util.Locale;

/** Writes what a grid import did: the clean-up of each series, notes, and the totals. */
public final class GridImportWriter {
  private GridImportWriter() {}

  /** A table with one row per imported series, then the notes and rejected values of each file. */
  public static String table(List<FileImport> results) {
    TextTable t =
        new TextTable(
            List.of(
                "series",
                "hours",
                "first_hour",
                "last_hour",
                "sub_hourly_points",
                "duplicates",
                "impossible",
                "gap_hours",
                "filled",
                "fill_policy"));
    for (FileImport r : results) {
      for (CleanupReport c : r.reports()) {
        t.row(row(c));
      }
    }
    StringBuilder b = new StringBuilder(t.render());
    for (FileImport r : results) {
      for (String note : r.notes()) {
        b.append(r.file()).append(": note: ").append(note).append('\n');
      }
      for (CleanupReport c : r.reports()) {
        if (!c.impossibleExamples().isEmpty()) {
          b.append(r.file())
              .append(": rejected impossible values (")
              .append(c.series())
              .append("): ")
              .append(String.join("; ", c.impossibleExamples()))
              .append('\n');
        }
      }
    }
    return b.toString();
  }

  /**
   * The closing line: files imported, skipped and with errors, hours changed, where and how long.
   */
  public static String summary(ImportTotals totals, String database, double seconds) {
    return String.format(
        Locale.ROOT,
        "%d file(s) imported, %d skipped, %d with errors; %d hours new or changed in %s (%.1f s).%n",
        totals.imported(),
        totals.skipped(),
        totals.withErrors(),
        totals.changedHours(),
        database,
        seconds);
  }

  private static List<String> row(CleanupReport c) {
    return List.of(
        c.series(),
        String.valueOf(c.hours()),
        c.firstHour().toString(),
        c.lastHour().toString(),
        String.valueOf(c.subHourlyPoints()),
        c.duplicatePoints()
            + (c.conflictingDuplicates() > 0 ? " (" + c.conflictingDuplicates() + " differ)" : ""),
        String.valueOf(c.impossibleValues()),
        String.valueOf(c.gapHours()),
        String.valueOf(c.filledHours()),
        c.policy().id());
  }
}
