package io.terawatt.footprint;

import io.terawatt.footprint.validation.ValidationRow;
import java.util.List;

/**
 * The engine against published measurements: one row per comparison, training first.
 *
 * @param rows the comparisons
 */
public record FootprintValidationReport(List<ValidationRow> rows) {
  /** Copies the rows. */
  public FootprintValidationReport {
    rows = List.copyOf(rows);
  }

  /** Whether every comparison is within its tolerance. */
  public boolean allPass() {
    return rows.stream().allMatch(ValidationRow::passes);
  }
}
