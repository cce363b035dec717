package io.terawatt.scheduling;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Round-trip latency between zones, milliseconds.
 *
 * @param origins origin zone codes (rows)
 * @param destinations destination zone codes (columns)
 * @param rtt_ms {@code rtt_ms[o][d]} round-trip time from origin {@code o} to destination {@code
 *     d}, ms
 */
public record LatencyMatrix(List<String> origins, List<String> destinations, double[][] rtt_ms) {

  /** Validates shape and values. */
  public LatencyMatrix {
    origins = List.copyOf(origins);
    destinations = List.copyOf(destinations);
    if (rtt_ms.length != origins.size()) {
      throw new IllegalArgumentException("one latency row per origin is needed");
    }
    double[][] copy = new double[rtt_ms.length][];
    for (int o = 0; o < rtt_ms.length; o++) {
      if (rtt_ms[o].length != destinations.size()) {
        throw new IllegalArgumentException("origin " + origins.get(o) + ": row length differs");
      }
      for (double v : rtt_ms[o]) {
        if (!(v >= 0) || !Double.isFinite(v)) {
          throw new IllegalArgumentException(
              "origin " + origins.get(o) + ": latency " + v + " ms must be >= 0");
        }
      }
      copy[o] = rtt_ms[o].clone();
    }
    rtt_ms = copy;
  }

  /** Round-trip time from {@code origin} to {@code destination}, ms. */
  public double rtt_ms(String origin, String destination) {
    int o = origins.indexOf(origin);
    int d = destinations.indexOf(destination);
    if (o < 0 || d < 0) {
      throw new IllegalArgumentException(
          "No latency from "
              + origin
              + " to "
              + destination
              + "; the matrix has origins "
              + origins
              + " and destinations "
              + destinations);
    }
    return rtt_ms[o][d];
  }

  /** The sub-matrix of these origins and destinations, in the order given. */
  public double[][] select(List<String> fromOrigins, List<String> toDestinations) {
    double[][] out = new double[fromOrigins.size()][toDestinations.size()];
    for (int o = 0; o < fromOrigins.size(); o++) {
      for (int d = 0; d < toDestinations.size(); d++) {
        out[o][d] = rtt_ms(fromOrigins.get(o), toDestinations.get(d));
      }
    }
    return out;
  }

  /** Zones that are both origins and destinations, in origin order. */
  public List<String> zones() {
    Map<String, Boolean> m = new LinkedHashMap<>();
    origins.forEach(o -> m.put(o, destinations.contains(o)));
    List<String> out = new ArrayList<>();
    m.forEach(
        (k, v) -> {
          if (v) {
            out.add(k);
          }
        });
    return out;
  }
}
