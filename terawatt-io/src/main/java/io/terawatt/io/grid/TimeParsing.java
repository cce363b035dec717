package io.terawatt.io.grid;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses timestamps as grid files write them. A timestamp with an offset (or {@code Z}) is exact;
 * one without needs a known zone: UTC when the file's header says so, else the user's {@code
 * --timezone}. Without either it is an error, never a guess.
 */
final class TimeParsing {
  private static final DateTimeFormatter LOCAL =
      new DateTimeFormatterBuilder()
          .appendPattern("uuuu-MM-dd")
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendPattern("HH:mm")
          .optionalStart()
          .appendPattern(":ss")
          .optionalEnd()
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter OFFSET =
      new DateTimeFormatterBuilder()
          .append(LOCAL)
          .appendPattern("[XXX][XX][X]")
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private TimeParsing() {}

  /** Thrown when a timestamp has no offset and no zone is known. */
  static final class NeedsTimezone extends Exception {
    private static final long serialVersionUID = 1L;

    NeedsTimezone(String text) {
      super(
          "The timestamp '"
              + text
              + "' has no UTC offset. Give --timezone (for example UTC or"
              + " Europe/Berlin).");
    }
  }

  /**
   * Epoch seconds of a timestamp.
   *
   * @param text the cell
   * @param zone the zone for timestamps without an offset, if known
   */
  static long epochSeconds(String text, Optional<ZoneId> zone)
      throws NeedsTimezone, DateTimeParseException {
    String t = text.trim();
    if (hasOffset(t)) {
      return OffsetDateTime.parse(t.replace(' ', 'T'), OFFSET).toEpochSecond();
    }
    LocalDateTime local = LocalDateTime.parse(t, LOCAL);
    if (zone.isEmpty()) {
      throw new NeedsTimezone(t);
    }
    return local.atZone(zone.get()).toEpochSecond();
  }

  private static boolean hasOffset(String t) {
    if (t.endsWith("Z") || t.endsWith("z")) {
      return true;
    }
    int time = Math.max(t.indexOf('T'), t.indexOf(' '));
    if (time < 0) {
      return false;
    }
    String rest = t.substring(time + 1);
    return rest.contains("+") || rest.lastIndexOf('-') > 0;
  }
}
