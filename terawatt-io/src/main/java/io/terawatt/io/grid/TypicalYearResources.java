package io.terawatt.io.grid;

import io.terawatt.grid.TypicalYearFit;
import io.terawatt.grid.typical.BuiltInTypicalYears;
import io.terawatt.grid.typical.TypicalYearCodec;
import io.terawatt.grid.typical.YearlyMean;
import io.terawatt.grid.typical.YearlyMeanCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the built-in grid resources of {@code terawatt-core}: the fitted typical years (gzip TSV)
 * and the yearly means, read from the Electricity Maps yearly-means file and written in the
 * resource's layout.
 */
public final class TypicalYearResources {
  private TypicalYearResources() {}

  /** The resource file names, for help texts. */
  public static final String NAMES =
      BuiltInTypicalYears.TYPICAL_YEARS_RESOURCE
          + " and "
          + BuiltInTypicalYears.YEARLY_MEANS_RESOURCE;

  /**
   * Writes both resources into {@code outDir}.
   *
   * @param yearlyMeans the yearly means file ({@code zonecode,2020,2021,2022})
   * @return the number of yearly means written
   */
  public static int write(Path outDir, TypicalYearFit fit, Path yearlyMeans) throws IOException {
    Files.createDirectories(outDir);
    try (OutputStream out =
        Files.newOutputStream(outDir.resolve(BuiltInTypicalYears.TYPICAL_YEARS_RESOURCE))) {
      TypicalYearCodec.writeGzip(fit.years(), out);
    }
    List<YearlyMean> means;
    try (InputStream in = Files.newInputStream(yearlyMeans)) {
      means = YearlyMeanCodec.read(in);
    }
    try (Writer w =
        Files.newBufferedWriter(
            outDir.resolve(BuiltInTypicalYears.YEARLY_MEANS_RESOURCE), StandardCharsets.UTF_8)) {
      YearlyMeanCodec.write(means, w);
    }
    return means.size();
  }
}
