package io.terawatt.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.io.input.ScenarioReader;
import io.terawatt.plan.CandidateSite;
import io.terawatt.plan.PlanProgress;
import io.terawatt.plan.PlanResult;
import io.terawatt.plan.PlanService;
import io.terawatt.plan.Scenario;
import io.terawatt.plan.SiteSupply;
import io.terawatt.supply.GridSignal;
import io.terawatt.timeseries.HourlySeries;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One plan, one grid signal per zone: the hourly intensity each site's supply plan used is the
 * intensity the schedulers ran on for that zone in the planning year, the last of the years the
 * forecasters learned from, and the one the site's own supply plan uses outside the main job.
 */
class OneGridSignalIT {
  private static final String SCENARIO =
      """
      name: one signal
      workloads:
        inference:
          - name: 8B chat
            model: {parameters: 8.03e9, layers: 32, d_model: 4096, kv_dim: 1024, precision: bf16}
            hardware: {accelerator: h100-sxm, count: 1}
            batch_size: 64
            input_tokens: 600
            output_tokens: 400
            requests_per_day: 20000000
      sites:
        - name: Dublin
          cfe_target_pct: 60
          site:
            name: Dublin campus
            latitude: 53.35
            longitude: -6.26
            grid: {zone: IE, seed: 3, price_USD_per_MWh: 120, import_limit_MW: 60, carbon_free_share: 0.4}
            resources:
              - {technology: wind_onshore, max_MW: 300, profile: {model: wind, mean_speed_m_per_s: 8.5, seed: 3}}
              - {technology: gas_cc, max_MW: 100}
        - name: Cork
          zone: IE
          site:
            name: Cork campus
            grid: {seed: 3, price_USD_per_MWh: 110, import_limit_MW: 60}
            resources:
              - {technology: gas_cc, max_MW: 100}
        - name: Paris
          zone: FR
          site:
            name: Paris campus
            grid: {price_USD_per_MWh: 90, import_limit_MW: 100, carbon_free_share: 0.9}
            resources:
              - {technology: gas_cc, max_MW: 100}
      operations: {period_days: 7, policies: [agnostic, oracle], regions: [PL]}
      outlook: {samples: 100}
      planning: {representative_weeks: 1}
      """;

  private static Scenario scenario;
  private static PlanResult result;

  @BeforeAll
  static void plan() throws Exception {
    scenario = ScenarioReader.parse(SCENARIO, "one-signal.yaml", Path.of("")).scenario();
    result = PlanService.run(scenario, PlanProgress.NONE);
  }

  @Test
  void theSupplyPlanOfEverySiteUsedTheIntensityTheSchedulersRanOnForItsZone() {
    var signals = result.schedule().zoneIntensity_gCO2e_per_kWh();
    assertThat(signals.keySet()).containsExactly("IE", "FR", "PL");
    for (SiteSupply s : result.supply()) {
      double[] supply = s.builtSite().grid().intensity_gCO2e_per_kWh();
      HourlySeries schedule = signals.get(s.zone());
      double[] planningYear =
          Arrays.copyOfRange(schedule.values(), schedule.hours() - supply.length, schedule.hours());
      assertThat(supply).as(s.site()).containsExactly(planningYear);
      assertThat(schedule.end()).isEqualTo(Instant.parse("2031-01-01T00:00:00Z"));
      assertThat(schedule.start())
          .as("two years the forecasters learn from")
          .isEqualTo(Instant.parse("2028-01-01T00:00:00Z"));
    }
  }

  @Test
  void theSignalIsTheOneTheSitesOwnSupplyPlanUses() {
    for (int i = 0; i < scenario.sites().size(); i++) {
      CandidateSite c = scenario.sites().get(i);
      HourlySeries alone = GridSignal.intensity(c.site().grid(), Optional.of(c.zone()), 2030, 0);
      assertThat(result.supply().get(i).builtSite().grid().intensity_gCO2e_per_kWh())
          .as(c.name())
          .containsExactly(alone.values());
    }
  }

  @Test
  void everyZoneRowOfTheScheduleIsMeasuredOnThatSignal() {
    assertThat(result.schedule().zones()).hasSize(3 * 2);
    assertThat(result.schedule().fleetRegions()).containsExactly("IE", "FR", "PL");
    assertThat(result.schedule().zones())
        .filteredOn(z -> z.policy().equals("oracle"))
        .allSatisfy(z -> assertThat(z.reductionVsAgnostic_pct()).isPositive());
  }
}
