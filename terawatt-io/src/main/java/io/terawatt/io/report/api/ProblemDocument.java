package io.terawatt.io.report.api;

import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}) with the field errors.
 *
 * @param type URI of the problem type, one per status
 * @param title short title
 * @param status HTTP status
 * @param detail what went wrong, in a sentence
 * @param instance the request path
 * @param errors every problem with an input value (values cut to {@value #MAX_VALUE_CHARS}
 *     characters)
 */
public record ProblemDocument(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldProblem> errors) {

  /** The longest value repeated in a problem document; longer ones are cut with an ellipsis. */
  public static final int MAX_VALUE_CHARS = 200;

  /** Copies the errors. */
  public ProblemDocument {
    errors = List.copyOf(errors);
  }

  /** A problem document for a status, with long values cut. */
  public static ProblemDocument of(
      int status, String title, String detail, String instance, List<FieldProblem> errors) {
    return new ProblemDocument(
        typeFor(status),
        title,
        status,
        detail,
        instance,
        errors.stream()
            .map(e -> new FieldProblem(e.field(), cut(e.value()), e.message()))
            .toList());
  }

  /** The problem type URI for a status, under this server's documentation. */
  public static String typeFor(int status) {
    return "https://terawatt.invalid/problems/" + status;
  }

  private static String cut(String value) {
    return value == null || value.length() <= MAX_VALUE_CHARS
        ? value
        : value.substring(0, MAX_VALUE_CHARS) + "…";
  }
}
