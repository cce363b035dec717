package io.terawatt.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.terawatt.io.grid.ImportOptions;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.store.FileImport;
import io.terawatt.io.store.GridImportService;
import io.terawatt.io.store.GridStore;
import io.terawatt.server.carbonaware.CarbonAwareService;
import io.terawatt.server.carbonaware.GridSignals;
import io.terawatt.server.carbonaware.IntensitySource;
import io.terawatt.server.http.ApiException;
import io.terawatt.server.http.Bodies;
import io.terawatt.server.http.FieldError;
import io.terawatt.server.http.Params;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Grid data: upload a file into the grid store (then the in-memory signals are re-read), list the
 * locations and stored series, and query hourly intensities.
 */
public final class GridRoutes {
  private final Path gridDb;
  private final AtomicReference<GridSignals> signals;
  private final CarbonAwareService service;
  private final long maxUploadBytes;

  /** Routes over the grid store file and the live signals. */
  public GridRoutes(
      Path gridDb,
      AtomicReference<GridSignals> signals,
      CarbonAwareService service,
      long maxUploadBytes) {
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
    ObjectNode n = Json.MAPPER.createObjectNode();
    for (IntensitySource s : signals.get().all()) {
      ObjectNode o = n.putObject(s.location());
      o.put("name", s.location());
      o.putNull("latitude");
      o.putNull("longitude");
      o.put("origin", s.origin());
      o.put("dataStartAt", s.start().toString());
      o.put("dataEndAt", s.end().toString());
    }
    ctx.json(n);
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
          signals.set(GridSignals.load(store));
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
    String location = p.required("location");
    Instant from = p.requiredInstant("from");
    Instant to = p.requiredInstant("to");
    p.check();
    if (!to.isAfter(from)
        || Duration.between(from, to).compareTo(CarbonAwareService.MAX_RANGE) > 0) {
      throw ApiException.badRequest(
          List.of(
              new FieldError(
                  "to", to.toString(), "to must be after from and at most 366 days later.")));
    }
    IntensitySource s = service.resolve(List.of(location), "location").get(0);
    long a = Math.floorDiv(from.getEpochSecond(), 3600);
    long b = Math.floorDiv(to.getEpochSecond() + 3599, 3600);
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("location", s.location());
    n.put("origin", s.origin());
    n.put("start", Instant.ofEpochSecond(a * 3600).toString());
    ArrayNode v = n.putArray("intensity_gCO2e_per_kWh");
    for (long h = a; h < b; h++) {
      double x = s.intensityAt_gCO2e_per_kWh(h);
      if (Double.isNaN(x)) {
        v.addNull();
      } else {
        v.add(x);
      }
    }
    ctx.json(n);
  }
}
