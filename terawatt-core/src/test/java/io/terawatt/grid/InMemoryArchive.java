package io.terawatt.grid;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link GridArchive} held in maps, for the service tests. */
final class InMemoryArchive implements GridArchive {
  private final Map<String, Instant> starts = new HashMap<>();
  private final Map<String, double[]> values = new HashMap<>();
  private final List<IssuedForecast> issued = new ArrayList<>();

  /** Stores an hourly intensity series of a zone from {@code start}. */
  InMemoryArchive intensity(
      String zone, Signal signal, EmissionBasis basis, Instant start, double... hourly) {
    return put(zone + "/" + signal + "/" + basis, start, hourly);
  }

  /** Stores hourly prices of a zone from {@code start}. */
  InMemoryArchive prices(String zone, Instant start, double... hourly) {
    return put(zone + "/price", start, hourly);
  }

  /** Stores forecasts a provider issued. */
  InMemoryArchive issued(List<IssuedForecast> forecasts) {
    issued.addAll(forecasts);
    return this;
  }

  private InMemoryArchive put(String key, Instant start, double[] hourly) {
    starts.put(key, start);
    values.put(key, hourly.clone());
    return this;
  }

  @Override
  public String location() {
    return "memory";
  }

  @Override
  public double[] intensity(
      String zone, Signal signal, EmissionBasis basis, Instant from, Instant to) {
    return slice(zone + "/" + signal + "/" + basis, from, to);
  }

  @Override
  public double[] prices(String zone, Instant from, Instant to) {
    return slice(zone + "/price", from, to);
  }

  @Override
  public List<IssuedForecast> issuedForecasts(String zone, Instant from, Instant to) {
    return issued.stream()
        .filter(f -> f.zone().equals(zone))
        .filter(f -> f.issuedEpochSecond() >= from.getEpochSecond())
        .filter(f -> f.issuedEpochSecond() < to.getEpochSecond())
        .toList();
  }

  private double[] slice(String key, Instant from, Instant to) {
    double[] out = new double[(int) Duration.between(from, to).toHours()];
    Arrays.fill(out, Double.NaN);
    double[] stored = values.get(key);
    if (stored == null) {
      return out;
    }
    long offset = Duration.between(starts.get(key), from).toHours();
    for (int i = 0; i < out.length; i++) {
      long j = offset + i;
      if (j >= 0 && j < stored.length) {
        out[i] = stored[(int) j];
      }
    }
    return out;
  }
}
