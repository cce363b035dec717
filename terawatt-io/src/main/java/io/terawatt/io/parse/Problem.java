package io.terawatt.io.parse;

/**
 * One problem found in an input file.
 *
 * @param severity error or warning
 * @param file the file, as the user named it
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param path the field path, for example {@code training[0].hardware.accelerator}
 * @param value the offending value as written, empty when missing
 * @param message what is wrong, with a hint where one is obvious
 */
public record Problem(
    Severity severity,
    String file,
    int line,
    int column,
    String path,
    String value,
    String message) {

  /** How serious a problem is. */
  public enum Severity {
    /** The input cannot be used. */
    ERROR,
    /** The input can be used, but something was ignored or assumed. */
    WARNING
  }

  /** {@code file:line:column: error: path = value: message}. */
  public String format() {
    StringBuilder b = new StringBuilder();
    b.append(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    b.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ");
    b.append(path);
    if (value != null && !value.isEmpty()) {
      b.append(" = '").append(value).append('\'');
    }
    b.append(": ").append(message);
    return b.toString();
  }
}
