package io.terawatt.server.carbonaware;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.terawatt.io.report.SdkJsonWriter;
import io.terawatt.scheduling.AverageIntensityRequest;
import io.terawatt.scheduling.CarbonAwareQueryException;
import io.terawatt.scheduling.CarbonAwareService;
import io.terawatt.scheduling.CurrentForecastRequest;
import io.terawatt.scheduling.EmissionsRating;
import io.terawatt.scheduling.EmissionsRequest;
import io.terawatt.server.http.ApiException;
import io.terawatt.server.http.FieldError;
import io.terawatt.server.http.Params;
import io.terawatt.server.http.ProblemResponses;
import java.time.Duration;
import java.util.List;

/**
 * The Carbon Aware SDK WebApi's GET endpoints, with its paths, parameter names and field names. A
 * thin adapter: parse, call {@link CarbonAwareService}, format with {@link SdkJsonWriter}.
 */
public final class CarbonAwareRoutes {
  private final CarbonAwareService service;

  /** Routes over {@code service}. */
  public CarbonAwareRoutes(CarbonAwareService service) {
    this.service = service;
  }

  /**
   * Registers the routes, and answers a refused query with 400 problem details. (Each route sets
   * its content type only after the service answered: Jetty keeps the charset of a JSON content
   * type set before an exception on the problem response.)
   */
  public void register(RoutesConfig r) {
    r.get("/emissions/bylocation", ctx -> emissions(ctx, false));
    r.get("/emissions/bylocations", ctx -> emissions(ctx, false));
    r.get("/emissions/bylocations/best", ctx -> emissions(ctx, true));
    r.get("/emissions/forecasts/current", this::forecast);
    r.get("/emissions/average-carbon-intensity", this::average);
    r.exception(
        CarbonAwareQueryException.class, (e, ctx) -> ProblemResponses.write(ctx, problem(e)));
  }

  /** The 400 problem of a refused query. */
  public static ApiException problem(CarbonAwareQueryException e) {
    List<FieldError> errors =
        e.problems().stream().map(p -> new FieldError(p.field(), p.value(), p.message())).toList();
    return new ApiException(400, e.title(), e.getMessage(), errors);
  }

  private void emissions(Context ctx, boolean best) {
    Params p = new Params(ctx);
    EmissionsRequest request =
        new EmissionsRequest(
            p.requiredList("location"),
            p.instant("time"),
            p.instant("toTime"),
            Duration.ofMinutes(
                p.integer("durationMinutes", 0, 0, EmissionsRequest.MAX_DURATION_MINUTES)));
    p.check();
    List<EmissionsRating> ratings =
        best ? service.bestEmissions(request) : service.emissions(request);
    if (ratings.isEmpty()) {
      ctx.status(204);
      return;
    }
    ctx.contentType("application/json").result(SdkJsonWriter.emissionsData(ratings));
  }

  private void forecast(Context ctx) {
    Params p = new Params(ctx);
    List<String> locations = p.requiredList("location");
    var start = p.instant("dataStartAt");
    var end = p.instant("dataEndAt");
    Integer window = p.integer("windowSize", null, 1, CurrentForecastRequest.MAX_WINDOW_MINUTES);
    p.check();
    var request =
        new CurrentForecastRequest(
            locations, start, end, window == null ? null : Duration.ofMinutes(window));
    String body = SdkJsonWriter.forecasts(service.currentForecasts(request));
    ctx.contentType("application/json").result(body);
  }

  private void average(Context ctx) {
    Params p = new Params(ctx);
    var request =
        new AverageIntensityRequest(
            p.required("location"), p.requiredInstant("startTime"), p.requiredInstant("endTime"));
    p.check();
    String body = SdkJsonWriter.carbonIntensity(service.averageIntensity(request));
    ctx.contentType("application/json").result(body);
  }
}
