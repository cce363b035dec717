package io.terawatt.footprint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The accelerators the engine knows, read from the cited catalog file {@code hardware-catalog.tsv}
 * and extended with user hardware.
 */
public final class HardwareCatalog {
  private static final String RESOURCE = "hardware-catalog.tsv";
  private static final HardwareCatalog BUILT_IN = load();

  private final Map<String, Accelerator> byId;

  private HardwareCatalog(Map<String, Accelerator> byId) {
    this.byId = byId;
  }

  /** The built-in catalog. */
  public static HardwareCatalog builtIn() {
    return BUILT_IN;
  }

  /** This catalog plus the given accelerators; a user entry replaces a built-in one of that id. */
  public HardwareCatalog with(Collection<Accelerator> extra) {
    Map<String, Accelerator> copy = new LinkedHashMap<>(byId);
    for (Accelerator a : extra) {
      copy.put(a.id(), a);
    }
    return new HardwareCatalog(copy);
  }

  /** The accelerator with this identifier (case-insensitive). */
  public Optional<Accelerator> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byId.get(id.trim().toLowerCase(Locale.ROOT)));
  }

  /** Every accelerator, in catalog order. */
  public List<Accelerator> all() {
    return List.copyOf(byId.values());
  }

  /** Up to {@code limit} known identifiers closest to {@code id} by edit distance. */
  public List<String> closest(String id, int limit) {
    String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
    return byId.keySet().stream()
        .sorted(
            Comparator.comparingInt((String k) -> k.contains(wanted) || wanted.contains(k) ? 0 : 1)
                .thenComparingInt(k -> editDistance(wanted, k))
                .thenComparing(k -> k))
        .limit(limit)
        .toList();
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static HardwareCatalog load() {
    try (InputStream in = HardwareCatalog.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The hardware catalog resource " + RESOURCE + " is missing.");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Accelerator> map = new LinkedHashMap<>();
      List<String> header = null;
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = List.of(line.split("\t", -1));
        if (header == null) {
          header = cells;
          continue;
        }
        Accelerator a = parseRow(header, cells, lineNumber);
        map.put(a.id(), a);
      }
      return new HardwareCatalog(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Accelerator parseRow(List<String> header, List<String> cells, int line) {
    if (cells.size() != header.size()) {
      throw new IllegalStateException(
          RESOURCE + " line " + line + ": " + cells.size() + " cells, expected " + header.size());
    }
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      row.put(header.get(i), cells.get(i).trim());
    }
    double[] peaks = new double[Precision.values().length];
    java.util.Arrays.fill(peaks, Double.NaN);
    peaks[Precision.FP16.ordinal()] = tera(row.get("peak_fp16_TFLOPs"));
    peaks[Precision.BF16.ordinal()] = tera(row.get("peak_bf16_TFLOPs"));
    peaks[Precision.FP8.ordinal()] = tera(row.get("peak_fp8_TFLOPs"));
    peaks[Precision.INT8.ordinal()] = tera(row.get("peak_int8_TOPs"));
    peaks[Precision.FP4.ordinal()] = tera(row.get("peak_fp4_TFLOPs"));
    return new Accelerator(
        row.get("id"),
        row.get("name"),
        row.get("generation"),
        Double.parseDouble(row.get("tdp_W")),
        Double.parseDouble(row.get("idle_W")),
        peaks,
        Double.parseDouble(row.get("memory_GB")) * 1e9,
        Double.parseDouble(row.get("memory_bandwidth_TBps")) * 1e12,
        optional(row.get("training_system_power_W")),
        Double.parseDouble(row.get("default_mfu")),
        Double.parseDouble(row.get("embodied_kgCO2e")),
        optional(row.get("price_USD")),
        new AcceleratorSources(
            row.get("spec_source"),
            row.get("training_power_source"),
            row.get("mfu_source"),
            row.get("embodied_source"),
            row.get("price_source")));
  }

  private static double tera(String cell) {
    return cell == null || cell.isEmpty() ? Double.NaN : Double.parseDouble(cell) * 1e12;
  }

  private static OptionalDouble optional(String cell) {
    return cell == null || cell.isEmpty()
        ? OptionalDouble.empty()
        : OptionalDouble.of(Double.parseDouble(cell));
  }

  /** Identifiers of all known accelerators. */
  public List<String> ids() {
    return new ArrayList<>(byId.keySet());
  }
}
