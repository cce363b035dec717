package io.terawatt.plan;

import io.terawatt.supply.GridSignal;
import io.terawatt.supply.GridSpec;
import io.terawatt.timeseries.HourlySeries;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One grid intensity signal per zone of a plan, generated once and used by every stage: the supply
 * plans take the planning year, the schedulers the same planning year with the {@value
 * #HISTORY_YEARS} years before it that their forecasters learn from. A candidate site's zone takes
 * the signal its grid spec gives ({@link GridSignal}: the zone's seeded synthetic year, or a
 * constant); an extra region takes its zone's synthetic year at the default seed.
 */
final class ZoneSignals {
  /** Years of history before the planning year (the zone study's 730 training days). */
  static final int HISTORY_YEARS = 2;

  private final int year;
  private final Map<String, HourlySeries> byZone;

  private ZoneSignals(int year, Map<String, HourlySeries> byZone) {
    this.year = year;
    this.byZone = Collections.unmodifiableMap(byZone);
  }

  /**
   * The signals of the sites' zones and the extra regions.
   *
   * @throws IllegalArgumentException when two sites of one zone give different signals
   */
  static ZoneSignals of(Scenario scenario) {
    int year = scenario.planningYear();
    Map<String, HourlySeries> byZone = new LinkedHashMap<>();
    Map<String, CandidateSite> first = new LinkedHashMap<>();
    for (CandidateSite c : scenario.sites()) {
      Optional<GridSpec> grid = c.site().grid();
      CandidateSite earlier = first.putIfAbsent(c.zone(), c);
      if (earlier == null) {
        byZone.put(
            c.zone(), GridSignal.intensity(grid, Optional.of(c.zone()), year, HISTORY_YEARS));
      } else if (!GridSignal.sameSignal(earlier.site().grid(), grid)) {
        throw new IllegalArgumentException(
            "Sites "
                + earlier.name()
                + " and "
                + c.name()
                + " are both in zone "
                + c.zone()
                + " but their grids give different intensities; a zone has one signal.");
      }
    }
    for (String region : scenario.operations().regions()) {
      byZone.computeIfAbsent(
          region, z -> GridSignal.intensity(Optional.empty(), Optional.of(z), year, HISTORY_YEARS));
    }
    return new ZoneSignals(year, byZone);
  }

  /** Every zone's signal, history and planning year, in zone order (sites first). */
  Map<String, HourlySeries> all() {
    return byZone;
  }

  /** A zone's signal over the planning year alone. */
  HourlySeries planningYear(String zone) {
    HourlySeries s = byZone.get(zone);
    if (s == null) {
      throw new IllegalArgumentException("No signal for zone " + zone + ".");
    }
    int skip =
        (int)
            Duration.between(
                    s.start(), LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant())
                .toHours();
    double[] values = java.util.Arrays.copyOfRange(s.values(), skip, s.hours());
    return new HourlySeries(s.start().plus(Duration.ofHours(skip)), values, s.unit());
  }
}
