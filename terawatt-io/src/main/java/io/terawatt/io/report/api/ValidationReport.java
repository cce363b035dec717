package io.terawatt.io.report.api;

import java.util.List;

/**
 * Whether a scenario is valid, and every problem when it is not.
 *
 * @param valid true when there is no problem
 * @param errors the problems
 */
public record ValidationReport(boolean valid, List<FieldProblem> errors) {
  /** Copies the errors. */
  public ValidationReport {
    errors = List.copyOf(errors);
  }

  /** The report of these problems. */
  public static ValidationReport of(List<FieldProblem> errors) {
    return new ValidationReport(errors.isEmpty(), errors);
  }
}
