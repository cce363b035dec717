package io.terawatt.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.terawatt.io.grid.ImportOptions;
import io.terawatt.io.report.SdkJsonWriter;
import io.terawatt.scheduling.HourlyIntensityRequest;
import io.terawatt.server.grid.GridService;
import io.terawatt.server.grid.GridUpload;
import io.terawatt.server.http.ApiException;
import io.terawatt.server.http.Bodies;
import io.terawatt.server.http.FieldError;
import io.terawatt.server.http.Params;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Grid data: upload a file into the grid store, list the locations, and query hourly intensities.
 * Each route parses, calls {@link GridService}, and formats.
 */
public final class GridRoutes {
  private static final Set<String> EXTENSIONS = Set.of(".csv", ".json");
  private static final String ZONE = "[A-Za-z0-9_\\-]{1,40}";

  private final GridService grid;
  private final long maxUploadBytes;

  /** Routes over the grid service, taking uploads of at most {@code maxUploadBytes}. */
  public GridRoutes(GridService grid, long maxUploadBytes) {
    this.grid = grid;
    this.maxUploadBytes = maxUploadBytes;
  }

  /**
   * Registers the routes, with the SDK's {@code /locations}: a map from location name to its
   * description (no coordinates; the data origin and range added).
   */
  public void register(RoutesConfig r) {
    r.get("/locations", this::locations);
    r.get("/api/grid/locations", this::locations);
    r.post("/api/grid/imports", ctx -> ctx.status(201).json(grid.importFile(upload(ctx))));
    r.get("/api/grid/intensity", this::intensity);
  }

  private void locations(Context ctx) {
    ctx.contentType("application/json").result(SdkJsonWriter.locations(grid.locations()));
  }

  /** Hourly intensities of a location over {@code [from, to)} (at most 366 days). */
  private void intensity(Context ctx) {
    Params p = new Params(ctx);
    var request =
        new HourlyIntensityRequest(
            p.required("location"), p.requiredInstant("from"), p.requiredInstant("to"));
    p.check();
    ctx.contentType("application/json").result(SdkJsonWriter.intensity(grid.intensity(request)));
  }

  /**
   * The multipart upload: a part {@code file} (.csv or .json), optional {@code zone} and {@code
   * timezone}.
   */
  private GridUpload upload(Context ctx) {
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
    if (!EXTENSIONS.contains(ext)) {
      throw ApiException.badRequest(
          List.of(
              new FieldError("file", file.filename(), "Grid files must end in .csv or .json.")));
    }
    return new GridUpload(file.filename(), ext, file::content, options(ctx));
  }

  private static ImportOptions options(Context ctx) {
    ImportOptions options = ImportOptions.defaults();
    String zone = ctx.formParam("zone");
    if (zone != null && !zone.isBlank()) {
      if (!zone.matches(ZONE)) {
        throw ApiException.badRequest(
            List.of(new FieldError("zone", zone, "A zone is 1 to 40 letters, digits, - or _.")));
      }
      options = options.withZone(zone.trim());
    }
    String tz = ctx.formParam("timezone");
    if (tz != null && !tz.isBlank()) {
      try {
        options = options.withTimezone(ZoneId.of(tz.trim()));
      } catch (DateTimeException e) {
        throw ApiException.badRequest(
            List.of(new FieldError("timezone", tz, "Unknown time zone: " + e.getMessage())));
      }
    }
    return options;
  }
}
