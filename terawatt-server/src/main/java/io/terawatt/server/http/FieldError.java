package io.terawatt.server.http;

import io.terawatt.io.parse.Problem;
import io.terawatt.io.report.api.FieldProblem;

/**
 * One problem with one input value, as listed in a problem document's {@code errors}.
 *
 * @param field the query parameter, path parameter or JSON/YAML field path
 * @param value the value received, or null when it was missing
 * @param message what is wrong, in a sentence
 */
public record FieldError(String field, String value, String message) {
  /** The error of a reader's problem (its path as field). */
  public static FieldError of(Problem p) {
    return new FieldError(p.path(), p.value(), p.message());
  }

  /** As the API writes it. */
  public FieldProblem toProblem() {
    return new FieldProblem(field, value, message);
  }
}
