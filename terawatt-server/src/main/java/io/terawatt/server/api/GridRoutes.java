package io.terawatt.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.terawatt.io.grid.ImportOptions;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.report.SdkJsonWriter;
import io.terawatt.io.store.FileImport;
import io.terawatt.io.store.GridImportService;
import io.terawatt.io.store.GridStore;
import io.terawatt.scheduling.CarbonAwareService;
import io.terawatt.scheduling.HourlyIntensityRequest;
import io.terawatt.server.carbonaware.LiveSignals;
import io.terawatt.server.http.ApiException;
import io.terawatt.server.http.Bodies;
import io.terawatt.server.http.FieldError;
import io.terawatt.server.http.Params;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Grid data: upload a file into the grid store (then the in-memory signals are re-read), list the
 * locations and stored series, and query hourly intensities.
 */
public final class GridRoutes {
  private final Path gridDb;
  private final LiveSignals signals;
  private final CarbonAwareService service;
  private final long maxUploadBytes;

  /** Routes over the grid store file and the live signals. */
  public GridRoutes(
      Path gridDb, LiveSignals signals, CarbonAwareService service, long maxUploadBytes) {
    this.gridDb = gridDb;
    this.signals = signals;
    this.service = service;
    this.maxUploadBytes = maxUploadBytes;
  }

  /** Registers the routes, with the SDK's {@code /locations}. */
  public void register(RoutesConfig r) {
    r.get("/locations", this::locations);
    r.get("/api/grid/locations", this::locations);
    r.post("/api/grid/imports", this::upload);
    r.get("/api/grid/intensity", this::intensity);
  }

  /**
   * As the SDK's {@code /locations}: a map from location name to its description; Terawatt has no
   * coordinates for zones, so latitude and longitude are null, and it adds the data origin and
   * range.
   */
  private void locations(Context ctx) {
    ctx.contentType("application/json").result(SdkJsonWriter.locations(service.locations()));
  }

  private void upload(Context ctx) throws Exception {
    String ct = ctx.contentType() == null ? "" : ctx.contentType();
    if (!ct.startsWith("multipart/form-data")) {
      throw new ApiException(
          415,
          "Unsupported media type",
          "Upload a grid file as multipart/form-data with a part named 'file'.");
    }
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null) {
      throw ApiException.badRequest(
          List.of(new FieldError("file", null, "The multipart part 'file' is required.")));
    }
    if (file.size() > maxUploadBytes) {
      throw Bodies.tooLarge(file.size(), maxUploadBytes);
    }
    String ext = file.extension().toLowerCase(Locale.ROOT);
    if (!ext.equals(".csv") && !ext.equals(".json")) {
      throw ApiException.badRequest(
          List.of(
              new FieldError("file", file.filename(), "Grid files must end in .csv or .json.")));
    }
    ImportOptions options = ImportOptions.defaults();
    String zone = ctx.formParam("zone");
    if (zone != null && !zone.isBlank()) {
      if (!zone.matches("[A-Za-z0-9_\\-]{1,40}")) {
        throw ApiException.badRequest(
            List.of(new FieldError("zone", zone, "A zone is 1 to 40 letters, digits, - or _.")));
      }
      options = options.withZone(zone.trim());
    }
    String tz = ctx.formParam("timezone");
    if (tz != null && !tz.isBlank()) {
      try {
        options = options.withTimezone(ZoneId.of(tz.trim()));
      } catch (java.time.DateTimeException e) {
        throw ApiException.badRequest(
            List.of(new FieldError("timezone", tz, "Unknown time zone: " + e.getMessage())));
      }
    }
    Path dir = Files.createTempDirectory("terawatt-upload");
    String safeName = file.filename().replaceAll("[^A-Za-z0-9._-]", "_");
    Path tmp = dir.resolve(safeName.isBlank() ? "upload" + ext : safeName);
    List<FileImport> imports;
    try {
      try (InputStream in = file.content()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      synchronized (GridRoutes.class) {
        try (GridStore store = GridStore.open(gridDb)) {
          imports = GridImportService.importPath(tmp, options, store, line -> {});
          signals.reload(store);
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(dir);
    }
    ArrayNode a = Json.MAPPER.createArrayNode();
    boolean anyImported = false;
    for (FileImport f : imports) {
      ObjectNode o = a.addObject();
      o.put("file", file.filename());
      o.put("format", f.format());
      o.put("imported", f.imported());
      o.put("changedHours", f.changedHours());
      ArrayNode problems = o.putArray("problems");
      for (Problem p : f.problems()) {
        problems.add(p.format());
      }
      ArrayNode notes = o.putArray("notes");
      f.notes().forEach(notes::add);
      anyImported |= f.imported();
    }
    if (!anyImported) {
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
    ctx.status(201).json(a);
  }

  /** Hourly intensities of a location over {@code [from, to)} (at most 366 days). */
  private void intensity(Context ctx) {
    Params p = new Params(ctx);
    var request =
        new HourlyIntensityRequest(
            p.required("location"), p.requiredInstant("from"), p.requiredInstant("to"));
    p.check();
    String body = SdkJsonWriter.intensity(service.intensity(request));
    ctx.contentType("application/json").result(body);
  }
}
