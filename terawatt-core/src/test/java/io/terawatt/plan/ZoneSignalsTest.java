package io.terawatt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.footprint.FootprintRequest;
import io.terawatt.scheduling.SchedulingPolicies;
import io.terawatt.supply.GridSignal;
import io.terawatt.supply.GridSpec;
import io.terawatt.supply.SupplySiteSpec;
import io.terawatt.supply.plan.PlanTargets;
import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A plan's zones each get one signal: the planning year the supply stage plans on is the one a
 * site's own supply plan would use, and the schedule's history runs into exactly that year.
 */
class ZoneSignalsTest {
  private static final OptionalDouble NONE = OptionalDouble.empty();

  static SupplySiteSpec site(String name, Optional<String> zone, OptionalLong seed) {
    GridSpec grid =
        new GridSpec(zone, NONE, NONE, NONE, OptionalDouble.of(50), NONE, NONE, NONE, seed);
    return new SupplySiteSpec(
        name,
        NONE,
        NONE,
        OptionalInt.empty(),
        NONE,
        Optional.of(grid),
        List.of(),
        List.of(),
        NONE,
        NONE,
        NONE,
        NONE);
  }

  static CandidateSite candidate(String name, String zone, SupplySiteSpec site) {
    return new CandidateSite(
        name, zone, OptionalInt.of(2031), site, Optional.empty(), PlanTargets.none(), NONE, NONE);
  }

  static Scenario scenario(List<CandidateSite> sites, List<String> regions) {
    return Scenario.of(
        "signals",
        "",
        new FootprintRequest(List.of(), List.of()),
        NONE,
        sites,
        Operations.of(NONE, NONE, NONE, Optional.empty(), regions, OptionalInt.empty()),
        List.of(),
        OutlookSettings.of(Optional.empty(), Map.of(), OptionalInt.empty(), OptionalLong.empty()),
        OptionalInt.empty());
  }

  @Test
  void eachZoneHasOneSignalWhosePlanningYearIsTheSitesOwn() {
    SupplySiteSpec dublin = site("dublin", Optional.of("IE"), OptionalLong.of(5));
    SupplySiteSpec cork = site("cork", Optional.empty(), OptionalLong.of(5));
    SupplySiteSpec paris = site("paris", Optional.empty(), OptionalLong.empty());
    Scenario s =
        scenario(
            List.of(
                candidate("a", "IE", dublin),
                candidate("b", "IE", cork),
                candidate("c", "FR", paris)),
            List.of("PL", "FR"));

    ZoneSignals signals = ZoneSignals.of(s);

    assertThat(signals.all().keySet()).containsExactly("IE", "FR", "PL");
    for (String zone : signals.all().keySet()) {
      HourlySeries all = signals.all().get(zone);
      assertThat(all.start()).isEqualTo(Instant.parse("2029-01-01T00:00:00Z"));
      assertThat(all.end()).isEqualTo(Instant.parse("2032-01-01T00:00:00Z"));
    }
    assertThat(signals.planningYear("IE"))
        .as("the year dublin's own supply plan uses")
        .isEqualTo(GridSignal.intensity(dublin.grid(), Optional.empty(), 2031, 0));
    assertThat(signals.planningYear("FR"))
        .isEqualTo(GridSignal.intensity(paris.grid(), Optional.of("FR"), 2031, 0));
  }

  @Test
  void twoSitesOfOneZoneWithDifferentSignalsAreRefused() {
    Scenario s =
        scenario(
            List.of(
                candidate("a", "IE", site("a", Optional.of("IE"), OptionalLong.of(1))),
                candidate("b", "IE", site("b", Optional.of("IE"), OptionalLong.of(2)))),
            List.of());

    assertThatThrownBy(() -> ZoneSignals.of(s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one signal");
  }

  @Test
  void aPlanHasOnePlanningYear() {
    CandidateSite later =
        new CandidateSite(
            "later",
            "IE",
            OptionalInt.of(2040),
            site("later", Optional.of("IE"), OptionalLong.empty()),
            Optional.empty(),
            PlanTargets.none(),
            NONE,
            NONE);

    assertThatThrownBy(
            () ->
                scenario(
                    List.of(
                        candidate("a", "IE", site("a", Optional.of("IE"), OptionalLong.empty())),
                        later),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one planning year");
  }

  @Test
  void operationsKeepTheBaselineFirstAndTakeTheDocumentedDefaults() {
    Operations named =
        Operations.of(
            NONE,
            NONE,
            NONE,
            Optional.of(List.of("oracle", "carbon-time", "oracle")),
            List.of(),
            OptionalInt.empty());
    Operations none =
        Operations.of(NONE, NONE, NONE, Optional.empty(), List.of(), OptionalInt.empty());

    assertThat(named.policies())
        .containsExactly(SchedulingPolicies.baseline().name(), "oracle", "carbon-time");
    assertThat(none.policies()).isEqualTo(Operations.DEFAULT_POLICIES);
    assertThat(none.batchShare()).isEqualTo(Operations.DEFAULT_BATCH_SHARE);
    assertThat(none.slack_h()).isEqualTo(Operations.DEFAULT_SLACK_H);
    assertThat(none.jobLength_h()).isEqualTo(Operations.DEFAULT_JOB_LENGTH_H);
    assertThat(none.periodDays()).isEqualTo(Operations.DEFAULT_PERIOD_DAYS);
  }
}
