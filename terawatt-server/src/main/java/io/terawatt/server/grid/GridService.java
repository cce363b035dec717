package io.terawatt.server.grid;

import io.terawatt.io.report.api.GridImportDocument;
import io.terawatt.io.report.api.IntensitySeriesDocument;
import io.terawatt.io.report.api.LocationDocument;
import io.terawatt.io.store.FileImport;
import io.terawatt.io.store.GridImportService;
import io.terawatt.io.store.GridStore;
import io.terawatt.server.carbonaware.CarbonAwareService;
import io.terawatt.server.carbonaware.GridSignals;
import io.terawatt.server.carbonaware.IntensitySource;
import io.terawatt.server.http.ApiException;
import io.terawatt.server.http.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Grid data behind the server: imports into the grid store file (then the live signals are
 * re-read), the locations, and hourly intensities. Failures are {@link ApiException}s.
 */
public final class GridService {
  private final Path gridDb;
  private final AtomicReference<GridSignals> signals;
  private final CarbonAwareService sdk;

  /** Grid data of the store file, served from the live signals. */
  public GridService(Path gridDb, AtomicReference<GridSignals> signals, CarbonAwareService sdk) {
    this.gridDb = gridDb;
    this.signals = signals;
    this.sdk = sdk;
  }

  /** The signals of a grid store file, or the built-in typical years when there is none. */
  public static GridSignals load(Path gridDb) throws SQLException {
    if (gridDb != null && Files.isRegularFile(gridDb)) {
      try (GridStore store = GridStore.open(gridDb)) {
        return GridSignals.load(store);
      }
    }
    return GridSignals.builtIn();
  }

  /** Every location with data, by name. */
  public Map<String, LocationDocument> locations() {
    Map<String, LocationDocument> out = new LinkedHashMap<>();
    for (IntensitySource s : signals.get().all()) {
      out.put(s.location(), LocationDocument.of(s.location(), s.origin(), s.start(), s.end()));
    }
    return out;
  }

  /**
   * Hourly intensities of a location over the whole hours covering {@code [from, to)}; 400 for an
   * unknown location or a range that is empty or longer than 366 days.
   */
  public IntensitySeriesDocument intensity(String location, Instant from, Instant to) {
    if (!to.isAfter(from)
        || Duration.between(from, to).compareTo(CarbonAwareService.MAX_RANGE) > 0) {
      throw ApiException.badRequest(
          List.of(
              new FieldError(
                  "to", to.toString(), "to must be after from and at most 366 days later.")));
    }
    IntensitySource s = sdk.resolve(List.of(location), "location").get(0);
    long a = Math.floorDiv(from.getEpochSecond(), 3600);
    long b = Math.floorDiv(to.getEpochSecond() + 3599, 3600);
    double[] v = new double[(int) (b - a)];
    for (long h = a; h < b; h++) {
      v[(int) (h - a)] = s.intensityAt_gCO2e_per_kWh(h);
    }
    return IntensitySeriesDocument.of(s.location(), s.origin(), Instant.ofEpochSecond(a * 3600), v);
  }

  /** Imports an uploaded file; 422 listing the problems when nothing of it was imported. */
  public List<GridImportDocument> importFile(GridUpload u) throws IOException, SQLException {
    List<FileImport> imports = importIntoStore(u);
    if (imports.stream().noneMatch(FileImport::imported)) {
      List<FieldError> errors =
          imports.stream()
              .flatMap(f -> f.problems().stream())
              .map(
                  p -> new FieldError(p.path() == null ? "file" : p.path(), p.value(), p.message()))
              .toList();
      throw new ApiException(
          422,
          "File not imported",
          "The file was not imported: "
              + (imports.isEmpty()
                  ? "nothing recognised"
                  : String.join("; ", imports.get(0).notes())),
          errors);
    }
    return imports.stream().map(f -> GridImportDocument.of(u.filename(), f)).toList();
  }

  /** Copies the upload to a temporary file, imports it, and re-reads the signals. */
  private List<FileImport> importIntoStore(GridUpload u) throws IOException, SQLException {
    Path dir = Files.createTempDirectory("terawatt-upload");
    String safeName = u.filename().replaceAll("[^A-Za-z0-9._-]", "_");
    Path tmp = dir.resolve(safeName.isBlank() ? "upload" + u.extension() : safeName);
    try {
      try (InputStream in = u.content().get()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      synchronized (GridService.class) {
        try (GridStore store = GridStore.open(gridDb)) {
          List<FileImport> imports =
              GridImportService.importPath(tmp, u.options(), store, line -> {});
          signals.set(GridSignals.load(store));
          return imports;
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(dir);
    }
  }
}
