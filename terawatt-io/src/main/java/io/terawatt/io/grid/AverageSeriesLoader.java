package io.terawatt.io.grid;

import io.terawatt.grid.CleanSeries;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GapPolicy;
import io.terawatt.grid.GridQuantity;
import io.terawatt.grid.HourlyAggregator;
import io.terawatt.grid.RawPoints;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.Signal;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.timeseries.HourlySeries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the average, life-cycle hourly series of a grid file into gap-free {@link HourlySeries} by
 * zone (for fitting typical years). Interior gaps are filled linearly; the caller is told how many
 * through the clean-up report it can read from {@link #read}.
 */
public final class AverageSeriesLoader {
  private AverageSeriesLoader() {}

  /**
   * The average life-cycle series of every zone in a file.
   *
   * @throws InvalidInputException when the file has errors
   */
  public static Map<String, HourlySeries> read(Path file, ImportOptions options)
      throws IOException, InvalidInputException {
    ParsedFile parsed =
        GridFileReader.read(file, options)
            .orElseThrow(() -> new IOException(file + ": layout not recognised."));
    if (!parsed.problems().isEmpty()) {
      throw new InvalidInputException(parsed.problems());
    }
    Map<String, HourlySeries> out = new LinkedHashMap<>();
    for (Map.Entry<SeriesMetadata, RawPoints> e : parsed.allSeries().entrySet()) {
      SeriesMetadata m = e.getKey();
      if (m.quantity() != GridQuantity.CARBON_INTENSITY
          || m.signal() != Signal.AVERAGE
          || m.basis() != EmissionBasis.LIFECYCLE
          || e.getValue().size() == 0) {
        continue;
      }
      CleanSeries clean = HourlyAggregator.aggregate(m, e.getValue(), GapPolicy.LINEAR);
      clean.toGridSeries().ifPresent(g -> out.put(m.zone(), g.values()));
    }
    return out;
  }
}
