package io.terawatt.io.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.grid.SignalLocation;
import io.terawatt.grid.SignalSeries;
import io.terawatt.scheduling.AverageIntensity;
import io.terawatt.scheduling.EmissionsForecast;
import io.terawatt.scheduling.EmissionsRating;
import java.time.Duration;
import java.util.List;

/**
 * The Carbon Aware SDK WebApi's JSON shapes (compact). Field names are the SDK's, kept for
 * compatibility; their units: {@code rating}, {@code value} and {@code carbonIntensity} in
 * gCO2e/kWh; {@code duration} of {@code EmissionsData} as a .NET TimeSpan ({@code [d.]hh:mm:ss});
 * {@code duration} of forecast points and {@code windowSize} in minutes. Also the hourly intensity
 * of Terawatt's own {@code /api/grid/intensity}.
 */
public final class SdkJsonWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SdkJsonWriter() {}

  /** An array of {@code EmissionsData}: location, time, rating, duration. */
  public static String emissionsData(List<EmissionsRating> ratings) {
    ArrayNode a = MAPPER.createArrayNode();
    for (EmissionsRating r : ratings) {
      ObjectNode n = a.addObject();
      n.put("location", r.location());
      n.put("time", r.start().toString());
      n.put("rating", r.rating_gCO2e_per_kWh());
      n.put("duration", timeSpan(r.duration()));
    }
    return a.toString();
  }

  /**
   * An array of {@code EmissionsForecastDTO}, each with {@code model} naming its forecast model.
   */
  public static String forecasts(List<EmissionsForecast> forecasts) {
    ArrayNode a = MAPPER.createArrayNode();
    for (EmissionsForecast f : forecasts) {
      ObjectNode n = a.addObject();
      n.put("generatedAt", f.generatedAt().toString());
      n.put("requestedAt", f.requestedAt().toString());
      n.put("location", f.location());
      n.put("dataStartAt", f.dataStartAt().toString());
      n.put("dataEndAt", f.dataEndAt().toString());
      n.put("windowSize", f.windowSize().toMinutes());
      ArrayNode optimal = n.putArray("optimalDataPoints");
      f.optimalDataPoints().forEach(p -> forecastPoint(optimal.addObject(), p));
      ArrayNode data = n.putArray("forecastData");
      f.forecastData().forEach(p -> forecastPoint(data.addObject(), p));
      n.put("model", f.model());
    }
    return a.toString();
  }

  /** {@code CarbonIntensityDTO}: location, startTime, endTime, carbonIntensity. */
  public static String carbonIntensity(AverageIntensity a) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("location", a.location());
    n.put("startTime", a.startTime().toString());
    n.put("endTime", a.endTime().toString());
    n.put("carbonIntensity", a.carbonIntensity_gCO2e_per_kWh());
    return n.toString();
  }

  /**
   * {@code /locations}: a map from location name to {@code {name, latitude, longitude}}; zones have
   * no coordinates, so these are null, and Terawatt adds {@code origin}, {@code dataStartAt} and
   * {@code dataEndAt}.
   */
  public static String locations(List<SignalLocation> locations) {
    ObjectNode n = MAPPER.createObjectNode();
    for (SignalLocation l : locations) {
      ObjectNode o = n.putObject(l.name());
      o.put("name", l.name());
      o.putNull("latitude");
      o.putNull("longitude");
      o.put("origin", l.origin());
      o.put("dataStartAt", l.start().toString());
      o.put("dataEndAt", l.end().toString());
    }
    return n.toString();
  }

  /**
   * {@code /api/grid/intensity}: {@code location}, {@code origin}, {@code start} and {@code
   * intensity_gCO2e_per_kWh}, one value per point, null where there is none.
   */
  public static String intensity(SignalSeries s) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("location", s.location());
    n.put("origin", s.metadata().source());
    n.put("start", s.start().toString());
    ArrayNode v = n.putArray("intensity_gCO2e_per_kWh");
    for (int i = 0; i < s.size(); i++) {
      double x = s.valueAt(i);
      if (Double.isNaN(x)) {
        v.addNull();
      } else {
        v.add(x);
      }
    }
    return n.toString();
  }

  /** A duration as .NET's TimeSpan prints it: {@code [-][d.]hh:mm:ss}. */
  public static String timeSpan(Duration d) {
    long s = d.getSeconds();
    String sign = s < 0 ? "-" : "";
    s = Math.abs(s);
    long days = s / 86400;
    String hms = String.format("%02d:%02d:%02d", (s % 86400) / 3600, (s % 3600) / 60, s % 60);
    return sign + (days > 0 ? days + "." : "") + hms;
  }

  private static void forecastPoint(ObjectNode n, EmissionsRating p) {
    n.put("location", p.location());
    n.put("timestamp", p.start().toString());
    n.put("duration", p.duration().toMinutes());
    n.put("value", p.rating_gCO2e_per_kWh());
  }
}
