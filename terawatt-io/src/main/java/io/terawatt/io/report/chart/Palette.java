package io.terawatt.io.report.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The chart palette: for each technology id or series key, the name people read and one colour,
 * from the table {@code palette.tsv} beside this class. Keys missing from the table get their id
 * with spaces as name and the next of a few spare colours, remembered, so that within one palette a
 * key always gets the same colour. Not thread-safe: use one palette per chart set.
 */
public final class Palette {
  /** Colours for keys missing from the table, in order of first use. */
  private static final List<String> SPARE =
      List.of("#ff9da7", "#9c755f", "#7570b3", "#66a61e", "#d95f02", "#bab0ac", "#e6ab02");

  private static final Map<String, Entry> TABLE = load();

  private final Map<String, Entry> spare = new LinkedHashMap<>();

  /**
   * One row of the table.
   *
   * @param name the name people read
   * @param colour {@code #rrggbb}
   */
  public record Entry(String name, String colour) {}

  /** A palette over the table. */
  public Palette() {}

  /** The name and colour of a key. */
  public Entry entry(String key) {
    Entry e = TABLE.get(key);
    if (e != null) {
      return e;
    }
    return spare.computeIfAbsent(
        key,
        k ->
            new Entry(
                k.replace('_', ' ').toLowerCase(Locale.ROOT),
                SPARE.get(spare.size() % SPARE.size())));
  }

  /** The name people read for a key. */
  public String name(String key) {
    return entry(key).name();
  }

  /** The colour of a key. */
  public String colour(String key) {
    return entry(key).colour();
  }

  /** Every row of the table, key to entry, in table order. */
  public static Map<String, Entry> table() {
    return TABLE;
  }

  private static Map<String, Entry> load() {
    Map<String, Entry> out = new LinkedHashMap<>();
    try (InputStream in = Palette.class.getResourceAsStream("palette.tsv")) {
      if (in == null) {
        throw new IllegalStateException("palette.tsv is missing from the build.");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("key\t")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3 || !f[2].matches("#[0-9a-f]{6}")) {
          throw new IllegalStateException("palette.tsv: bad row '" + line + "'.");
        }
        out.put(f[0], new Entry(f[1], f[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
