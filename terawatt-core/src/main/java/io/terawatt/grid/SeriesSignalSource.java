package io.terawatt.grid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Series held in memory, one per location (the later of two with the same name wins its place):
 * imported data and files. It answers history with the whole series and has no forecasts.
 */
final class SeriesSignalSource implements SignalSource {
  private final Map<String, SignalSeries> byKey;
  private final List<SignalLocation> locations;

  SeriesSignalSource(List<SignalSeries> series) {
    Map<String, SignalSeries> m = new LinkedHashMap<>();
    for (SignalSeries s : series) {
      m.put(SignalSource.key(s.location()), s);
    }
    List<SignalLocation> l = new ArrayList<>();
    for (SignalSeries s : m.values()) {
      l.add(new SignalLocation(s.metadata(), s.start(), s.end()));
    }
    this.byKey = Collections.unmodifiableMap(m);
    this.locations = List.copyOf(l);
  }

  @Override
  public List<SignalLocation> locations() {
    return locations;
  }

  @Override
  public Optional<SignalLocation> find(String location) {
    SignalSeries s = byKey.get(SignalSource.key(location));
    return s == null
        ? Optional.empty()
        : Optional.of(new SignalLocation(s.metadata(), s.start(), s.end()));
  }

  @Override
  public Optional<SignalSeries> history(String location, Instant from, Instant to) {
    return Optional.ofNullable(byKey.get(SignalSource.key(location)));
  }
}
