package io.terawatt.grid.typical;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typical years and yearly means shipped with Terawatt, so that a new user has grid defaults
 * without any data. Both resources are derived from Electricity Maps data (ODbL 1.0) by {@code
 * terawatt grid typical-years}: typical years from the hourly 2021-2023 files of 12 zones and the
 * 2022 file of 123 zones (life-cycle, average); yearly means 2020-2022 for the 123 zones.
 */
public final class BuiltInTypicalYears {
  /** Resource name of the typical years (gzip TSV, {@link TypicalYearCodec}). */
  public static final String TYPICAL_YEARS_RESOURCE = "typical-years.tsv.gz";

  /** Resource name of the yearly means ({@link YearlyMeanCodec}). */
  public static final String YEARLY_MEANS_RESOURCE = "yearly-means.tsv";

  private static volatile BuiltInTypicalYears instance;

  private final Map<String, TypicalYear> byZone;
  private final List<YearlyMean> yearlyMeans;

  private BuiltInTypicalYears(Map<String, TypicalYear> byZone, List<YearlyMean> yearlyMeans) {
    this.byZone = byZone;
    this.yearlyMeans = yearlyMeans;
  }

  /** The shipped data, read once. */
  public static BuiltInTypicalYears get() {
    BuiltInTypicalYears i = instance;
    if (i == null) {
      synchronized (BuiltInTypicalYears.class) {
        if (instance == null) {
          instance = load();
        }
        i = instance;
      }
    }
    return i;
  }

  private static BuiltInTypicalYears load() {
    try (InputStream ty = BuiltInTypicalYears.class.getResourceAsStream(TYPICAL_YEARS_RESOURCE);
        InputStream ym = BuiltInTypicalYears.class.getResourceAsStream(YEARLY_MEANS_RESOURCE)) {
      if (ty == null || ym == null) {
        throw new IllegalStateException(
            "The built-in grid resources are missing; rebuild them with 'terawatt grid"
                + " typical-years'.");
      }
      Map<String, TypicalYear> map = new LinkedHashMap<>();
      for (TypicalYear t : TypicalYearCodec.read(ty)) {
        map.put(t.zone(), t);
      }
      return new BuiltInTypicalYears(map, List.copyOf(YearlyMeanCodec.read(ym)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The typical year of a zone. */
  public Optional<TypicalYear> find(String zone) {
    return Optional.ofNullable(byZone.get(zone));
  }

  /** Zones with a typical year. */
  public List<String> zones() {
    return new ArrayList<>(byZone.keySet());
  }

  /** Yearly means of the 123 zones. */
  public List<YearlyMean> yearlyMeans() {
    return yearlyMeans;
  }
}
