package io.terawatt.io.report.api;

/**
 * One problem with one input value, as listed in a problem document's or a validation report's
 * {@code errors}.
 *
 * @param field the query parameter, path parameter or JSON/YAML field path
 * @param value the value received, or null when it was missing
 * @param message what is wrong, in a sentence
 */
public record FieldProblem(String field, String value, String message) {}
