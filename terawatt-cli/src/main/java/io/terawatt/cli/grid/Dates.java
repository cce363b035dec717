package io.terawatt.cli.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses command-line dates and instants (UTC). */
final class Dates {
  private Dates() {}

  /** {@code 2023-01-01} (midnight UTC) or {@code 2023-01-01T06:00:00Z}. */
  static Instant parse(String text, String option) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option
              + " '"
              + text
              + "' is not a date (2023-01-01) or UTC instant (2023-01-01T06:00:00Z).");
    }
  }
}
