package io.terawatt.server.carbonaware;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.terawatt.server.http.FieldError;
import io.terawatt.server.http.Params;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The Carbon Aware SDK WebApi's GET endpoints, with its paths, parameter names and field names. A
 * thin adapter: parse, call {@link CarbonAwareService}, format.
 */
public final class CarbonAwareRoutes {
  private final CarbonAwareService service;
  private final Clock clock;

  /** Routes over {@code service}, reading the time from {@code clock}. */
  public CarbonAwareRoutes(CarbonAwareService service, Clock clock) {
    this.service = service;
    this.clock = clock;
  }

  /** Registers the routes. */
  public void register(RoutesConfig r) {
    r.get("/emissions/bylocation", ctx -> emissions(ctx, "location", false));
    r.get("/emissions/bylocations", ctx -> emissions(ctx, "location", false));
    r.get("/emissions/bylocations/best", ctx -> emissions(ctx, "location", true));
    r.get("/emissions/forecasts/current", this::forecast);
    r.get("/emissions/average-carbon-intensity", this::average);
  }

  private void emissions(Context ctx, String field, boolean best) {
    Params p = new Params(ctx);
    List<String> locations = p.requiredList(field);
    Instant time = p.instant("time");
    Instant toTime = p.instant("toTime");
    Integer minutes = p.integer("durationMinutes", 0, 0, 60 * 24 * 31);
    p.check();
    Instant now = clock.instant();
    Instant to = toTime != null ? toTime : (time != null ? time : now);
    Instant from = time != null ? time : to.minus(Duration.ofHours(24));
    if (to.isBefore(from)) {
      p.add(new FieldError("toTime", String.valueOf(toTime), "toTime must not be before time."));
    } else if (Duration.between(from, to).compareTo(CarbonAwareService.MAX_RANGE) > 0) {
      p.add(
          new FieldError(
              "toTime", String.valueOf(toTime), "The range from time to toTime exceeds 366 days."));
    }
    p.check();
    List<IntensitySource> sources = service.resolve(locations, field);
    Duration d = Duration.ofMinutes(minutes);
    List<EmissionsPoint> points =
        best ? service.best(sources, from, to, d) : service.emissions(sources, from, to, d);
    if (points.isEmpty()) {
      ctx.status(204);
      return;
    }
    ctx.contentType("application/json").result(SdkJson.emissionsData(points).toString());
  }

  private void forecast(Context ctx) {
    Params p = new Params(ctx);
    List<String> locations = p.requiredList("location");
    Instant start = p.instant("dataStartAt");
    Instant end = p.instant("dataEndAt");
    Integer window = p.integer("windowSize", null, 1, 60 * CarbonAwareService.FORECAST_HOURS);
    p.check();
    List<IntensitySource> sources = service.resolve(locations, "location");
    Instant now = clock.instant();
    ArrayNode out = SdkJson.MAPPER.createArrayNode();
    for (IntensitySource s : sources) {
      out.add(
          SdkJson.forecast(
              service.forecast(
                  s, now, start, end, window == null ? null : Duration.ofMinutes(window))));
    }
    ctx.contentType("application/json").result(out.toString());
  }

  private void average(Context ctx) {
    Params p = new Params(ctx);
    String location = p.required("location");
    Instant start = p.requiredInstant("startTime");
    Instant end = p.requiredInstant("endTime");
    p.check();
    IntensitySource s = service.resolve(List.of(location), "location").get(0);
    double v = service.average_gCO2e_per_kWh(s, start, end);
    ObjectNode n = SdkJson.MAPPER.createObjectNode();
    n.put("location", location);
    n.put("startTime", start.toString());
    n.put("endTime", end.toString());
    n.put("carbonIntensity", v);
    ctx.contentType("application/json").result(n.toString());
  }
}
