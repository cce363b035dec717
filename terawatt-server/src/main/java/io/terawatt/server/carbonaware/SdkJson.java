package io.terawatt.server.carbonaware;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;

/**
 * The Carbon Aware SDK's JSON shapes. Field names are the SDK's, kept for compatibility; their
 * units: {@code rating}, {@code value} and {@code carbonIntensity} in gCO2e/kWh; {@code duration}
 * of {@code EmissionsData} as a .NET TimeSpan ({@code hh:mm:ss}); {@code duration} of forecast
 * points and {@code windowSize} in minutes.
 */
public final class SdkJson {
  /** The shared mapper. */
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private SdkJson() {}

  /** {@code EmissionsData}: location, time, rating, duration. */
  public static ObjectNode emissionsData(EmissionsPoint p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("location", p.location());
    n.put("time", p.time().toString());
    n.put("rating", p.rating_gCO2e_per_kWh());
    n.put("duration", timeSpan(p.duration()));
    return n;
  }

  /** An array of {@code EmissionsData}. */
  public static ArrayNode emissionsData(List<EmissionsPoint> points) {
    ArrayNode a = MAPPER.createArrayNode();
    for (EmissionsPoint p : points) {
      a.add(emissionsData(p));
    }
    return a;
  }

  /** {@code EmissionsDataDTO} of a forecast: location, timestamp, duration (minutes), value. */
  public static ObjectNode forecastPoint(EmissionsPoint p) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("location", p.location());
    n.put("timestamp", p.time().toString());
    n.put("duration", p.duration().toMinutes());
    n.put("value", p.rating_gCO2e_per_kWh());
    return n;
  }

  /** {@code EmissionsForecastDTO}, plus {@code model} naming the forecast model. */
  public static ObjectNode forecast(Forecast f) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("generatedAt", f.generatedAt().toString());
    n.put("requestedAt", f.requestedAt().toString());
    n.put("location", f.location());
    n.put("dataStartAt", f.dataStartAt().toString());
    n.put("dataEndAt", f.dataEndAt().toString());
    n.put("windowSize", f.windowSize().toMinutes());
    ArrayNode opt = n.putArray("optimalDataPoints");
    f.optimalDataPoints().forEach(p -> opt.add(forecastPoint(p)));
    ArrayNode data = n.putArray("forecastData");
    f.forecastData().forEach(p -> data.add(forecastPoint(p)));
    n.put("model", f.model());
    return n;
  }

  /** A duration as .NET's TimeSpan prints it: {@code [d.]hh:mm:ss}. */
  public static String timeSpan(Duration d) {
    long s = d.getSeconds();
    String sign = s < 0 ? "-" : "";
    s = Math.abs(s);
    long days = s / 86400;
    String hms = String.format("%02d:%02d:%02d", (s % 86400) / 3600, (s % 3600) / 60, s % 60);
    return sign + (days > 0 ? days + "." : "") + hms;
  }
}
