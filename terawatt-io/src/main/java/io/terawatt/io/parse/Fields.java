package io.terawatt.io.parse;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Typed reads from one YAML mapping, each bad value recorded as a located problem. */
public final class Fields {
  private final YamlNode map;
  private final Problems problems;

  /** Reads fields of {@code map}, recording problems in {@code problems}. */
  public Fields(YamlNode map, Problems problems) {
    this.map = map;
    this.problems = problems;
  }

  /** The mapping read. */
  public YamlNode node() {
    return map;
  }

  /** Whether the mapping has {@code key}. */
  public boolean has(String key) {
    return map.get(key).isPresent();
  }

  /** Records a missing required field. */
  public void requireKey(String key, String hint) {
    if (!has(key)) {
      problems.error(
          map, pathOf(key), "", "The required field '" + key + "' is missing." + suffix(hint));
    }
  }

  /** A number in [min, max] (min exclusive when asked); problems name the range. */
  public OptionalDouble number(
      String key, double min, boolean minExclusive, double max, String hint) {
    return read(key, NumberText::plain, min, minExclusive, max, hint);
  }

  /** A count such as {@code 175B}; must be positive. */
  public OptionalDouble count(String key, String hint) {
    return read(key, NumberText::count, 0, true, Double.MAX_VALUE, hint);
  }

  /** A count such as {@code 600} that may be zero. */
  public OptionalDouble countOrZero(String key, String hint) {
    return read(key, NumberText::count, 0, false, Double.MAX_VALUE, hint);
  }

  /** An integer in [min, max]. */
  public OptionalInt integer(String key, int min, int max, String hint) {
    OptionalDouble v = read(key, NumberText::count, min, false, max, hint);
    if (v.isEmpty()) {
      return OptionalInt.empty();
    }
    double d = v.getAsDouble();
    if (d != Math.rint(d)) {
      YamlNode at = map.get(key).orElseThrow();
      problems.error(at, at.path(), at.text(), "Must be a whole number." + suffix(hint));
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) d);
  }

  /** A non-blank string. */
  public Optional<String> string(String key) {
    Optional<YamlNode> at = map.get(key);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    YamlNode n = at.get();
    if (!n.isScalar() || n.text().isBlank()) {
      problems.error(n, n.path(), n.text(), "Must be a non-empty text value.");
      return Optional.empty();
    }
    return Optional.of(n.text().trim());
  }

  /** A nested mapping, or empty with an error when the key holds something else. */
  public Optional<YamlNode> mapping(String key) {
    Optional<YamlNode> at = map.get(key);
    if (at.isPresent() && !at.get().isMapping()) {
      YamlNode n = at.get();
      problems.error(n, n.path(), n.text(), "Must be a mapping of keys to values.");
      return Optional.empty();
    }
    return at;
  }

  private OptionalDouble read(
      String key,
      java.util.function.Function<String, OptionalDouble> parser,
      double min,
      boolean minExclusive,
      double max,
      String hint) {
    Optional<YamlNode> at = map.get(key);
    if (at.isEmpty()) {
      return OptionalDouble.empty();
    }
    YamlNode n = at.get();
    if (!n.isScalar()) {
      problems.error(n, n.path(), n.text(), "Must be a number." + suffix(hint));
      return OptionalDouble.empty();
    }
    OptionalDouble v = parser.apply(n.text());
    if (v.isEmpty()) {
      problems.error(n, n.path(), n.text(), "Not a number." + suffix(hint));
      return OptionalDouble.empty();
    }
    double d = v.getAsDouble();
    boolean low = minExclusive ? d <= min : d < min;
    if (low || d > max) {
      String range =
          (minExclusive ? "above " : "at least ")
              + format(min)
              + (max < Double.MAX_VALUE ? " and at most " + format(max) : "");
      problems.error(n, n.path(), n.text(), "Must be " + range + "." + suffix(hint));
      return OptionalDouble.empty();
    }
    return v;
  }

  private String pathOf(String key) {
    String p = map.path();
    return p.equals("(root)") ? key : p + "." + key;
  }

  private static String suffix(String hint) {
    return hint == null || hint.isEmpty() ? "" : " " + hint;
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }
}
