package io.terawatt.server.grid;

import io.terawatt.grid.SignalLocation;
import io.terawatt.grid.SignalSeries;
import io.terawatt.io.report.api.GridImportDocument;
import io.terawatt.io.store.FileImport;
import io.terawatt.io.store.GridImportService;
import io.terawatt.io.store.GridStore;
import io.terawatt.scheduling.CarbonAwareService;
import io.terawatt.scheduling.HourlyIntensityRequest;
import io.terawatt.server.carbonaware.LiveSignals;
import io.terawatt.server.http.ApiException;
import io.terawatt.server.http.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;

/**
 * Grid data behind the server: imports into the grid store file (then the live signals are
 * re-read), the locations, and hourly intensities. Failures are {@link ApiException}s.
 */
public final class GridService {
  private final Path gridDb;
  private final LiveSignals signals;
  private final CarbonAwareService sdk;

  /** Grid data of the store file, served from the live signals. */
  public GridService(Path gridDb, LiveSignals signals, CarbonAwareService sdk) {
    this.gridDb = gridDb;
    this.signals = signals;
    this.sdk = sdk;
  }

  /** Every location with data (the SDK's {@code /locations}). */
  public List<SignalLocation> locations() {
    return sdk.locations();
  }

  /**
   * Hourly intensities of a location over the whole hours covering the request's range; refused
   * (400) for an unknown location or a range that is empty or longer than 366 days.
   */
  public SignalSeries intensity(HourlyIntensityRequest request) {
    return sdk.intensity(request);
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
          signals.reload(store);
          return imports;
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(dir);
    }
  }
}
