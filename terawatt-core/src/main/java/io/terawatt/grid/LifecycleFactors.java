package io.terawatt.grid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Life-cycle emission factors of electricity sources by fuel or source name, read from {@code
 * ipcc-ar5-lifecycle.tsv}: IPCC AR5 WGIII Annex III Table A.III.2 (Schlömer et al. 2014), the
 * minimum, median and maximum of the harmonised literature. The one home of these figures: {@link
 * EmissionFactors#ipccAr5LifecycleMedians()} and the technology catalog (by its {@code
 * lifecycle_factor} column) read them from here.
 */
public final class LifecycleFactors {
  private static final String RESOURCE = "ipcc-ar5-lifecycle.tsv";
  private static final Map<String, Range> AR5 = load();

  private LifecycleFactors() {}

  /**
   * One source's life-cycle range, gCO2e per kWh generated.
   *
   * @param source source name, lower case (for example {@code coal}, {@code wind_offshore})
   * @param min_gCO2e_per_kWh literature minimum
   * @param median_gCO2e_per_kWh literature median
   * @param max_gCO2e_per_kWh literature maximum
   */
  public record Range(
      String source,
      double min_gCO2e_per_kWh,
      double median_gCO2e_per_kWh,
      double max_gCO2e_per_kWh) {

    /** Checks {@code 0 <= min <= median <= max}. */
    public Range {
      if (!(0 <= min_gCO2e_per_kWh
          && min_gCO2e_per_kWh <= median_gCO2e_per_kWh
          && median_gCO2e_per_kWh <= max_gCO2e_per_kWh)) {
        throw new IllegalArgumentException(
            "The life-cycle range of " + source + " must satisfy 0 <= min <= median <= max.");
      }
    }
  }

  /** Every IPCC AR5 source, in table order. */
  public static Map<String, Range> ipccAr5() {
    return AR5;
  }

  /** The IPCC AR5 range of a source (case-insensitive), if the table has it. */
  public static Optional<Range> ipccAr5(String source) {
    return Optional.ofNullable(AR5.get(source.trim().toLowerCase(Locale.ROOT)));
  }

  private static Map<String, Range> load() {
    Map<String, Range> out = new LinkedHashMap<>();
    try (InputStream in = LifecycleFactors.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The resource " + RESOURCE + " is missing.");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] c = line.split("\t", -1);
        out.put(
            c[0],
            new Range(
                c[0],
                Double.parseDouble(c[1]),
                Double.parseDouble(c[2]),
                Double.parseDouble(c[3])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(out);
  }
}
