package io.terawatt.grid;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sources tried in order. A location is served by the first source that knows it (its history comes
 * from that source alone: a gap there stays a gap, never filled from a later source); a forecast
 * comes from the first source that can give one, so a zone whose imported data do not reach the
 * forecast hour falls back to the next source.
 */
final class FallbackSignalSource implements SignalSource {
  private final List<SignalSource> sources;

  FallbackSignalSource(List<SignalSource> sources) {
    this.sources = List.copyOf(sources);
  }

  @Override
  public List<SignalLocation> locations() {
    List<SignalLocation> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SignalSource s : sources) {
      for (SignalLocation l : s.locations()) {
        if (seen.add(SignalSource.key(l.name()))) {
          out.add(l);
        }
      }
    }
    return out;
  }

  @Override
  public Optional<SignalLocation> find(String location) {
    for (SignalSource s : sources) {
      Optional<SignalLocation> l = s.find(location);
      if (l.isPresent()) {
        return l;
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<SignalSeries> history(String location, Instant from, Instant to) {
    for (SignalSource s : sources) {
      if (s.find(location).isPresent()) {
        return s.history(location, from, to);
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<SignalForecast> forecast(String location, Instant generatedAt, Duration horizon) {
    for (SignalSource s : sources) {
      Optional<SignalForecast> f = s.forecast(location, generatedAt, horizon);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }
}
