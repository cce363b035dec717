package io.terawatt.server.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads query parameters and collects every problem, so that one response lists them all; call
 * {@link #check()} after reading.
 */
public final class Params {
  private final Context ctx;
  private final List<FieldError> errors = new ArrayList<>();

  /** Parameters of this request. */
  public Params(Context ctx) {
    this.ctx = ctx;
  }

  /** A required, non-blank parameter (null after recording the problem). */
  public String required(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      errors.add(new FieldError(name, v, "The " + name + " field is required."));
      return null;
    }
    return v.trim();
  }

  /** A repeated parameter that must occur at least once, with no blank value. */
  public List<String> requiredList(String name) {
    List<String> out = new ArrayList<>();
    for (String v : ctx.queryParams(name)) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    if (out.isEmpty()) {
      errors.add(
          new FieldError(
              name, null, "The " + name + " field is required (repeat it for several)."));
    } else if (out.size() > 200) {
      errors.add(new FieldError(name, null, "At most 200 values of " + name + " are accepted."));
    }
    return out;
  }

  /**
   * An optional date-time: ISO-8601 with an offset, without one (read as UTC), or a date (UTC
   * midnight), as ASP.NET binds {@code DateTimeOffset}.
   */
  public Instant instant(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    Instant t = parseInstant(v);
    if (t == null) {
      errors.add(
          new FieldError(
              name,
              v,
              "The value '" + v + "' is not valid for " + name + "; give an ISO-8601 date-time."));
    }
    return t;
  }

  /** A required date-time. */
  public Instant requiredInstant(String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      errors.add(new FieldError(name, v, "The " + name + " field is required."));
      return null;
    }
    return instant(name);
  }

  /** An optional integer in {@code [min, max]}, or {@code fallback} when absent. */
  public Integer integer(String name, Integer fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int i = Integer.parseInt(v.trim());
      if (i < min || i > max) {
        errors.add(new FieldError(name, v, name + " must be between " + min + " and " + max + "."));
        return fallback;
      }
      return i;
    } catch (NumberFormatException e) {
      errors.add(new FieldError(name, v, "The value '" + v + "' is not a valid integer."));
      return fallback;
    }
  }

  /** Records a problem found by the caller. */
  public void add(FieldError error) {
    errors.add(error);
  }

  /** Throws a 400 listing every problem, when there is one. */
  public void check() {
    if (!errors.isEmpty()) {
      throw ApiException.badRequest(errors);
    }
  }

  /** Parses a date-time as {@link #instant} does; null when it cannot. */
  public static Instant parseInstant(String text) {
    // A '+' offset that was not URL-encoded arrives as a space.
    String v = text.trim().replace(' ', '+');
    try {
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // try the next form
    }
    try {
      return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
