package io.terawatt.ethics.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Energy balance every hour, and what each rule does to whom, on the built-in heat wave. */
class ScarcityAllocatorTest {
  private final ScarcityScenario heat = HeatwaveScenario.builtIn();

  @Test
  void energyBalancesEveryHourUnderEveryRule() {
    int ai = DemandGroup.AI.ordinal();
    for (AllocationRule rule : AllocationRule.values()) {
      AllocationResult r = ScarcityAllocator.run(heat, rule);
      for (int h = 0; h < heat.hours(); h++) {
        double served = 0;
        for (DemandGroup g : DemandGroup.values()) {
          double s = r.served_MW()[g.ordinal()][h];
          served += s;
          double backup = g == DemandGroup.AI ? r.backup_MW()[h] : 0;
          assertThat(s + backup + r.unserved_MW()[g.ordinal()][h])
              .as("%s hour %d %s", rule, h, g)
              .isCloseTo(heat.demand_MW(g, h), within(1e-9));
          assertThat(s).isGreaterThanOrEqualTo(0);
        }
        assertThat(served)
            .as("%s hour %d", rule, h)
            .isLessThanOrEqualTo(heat.supply_MW()[h] + 1e-9);
        assertThat(r.backup_MW()[h]).isLessThanOrEqualTo(heat.aiBackup_MW());
        assertThat(r.curtailed_MW()[h]).isLessThanOrEqualTo(r.unserved_MW()[ai][h] + 1e-9);
      }
    }
  }

  @Test
  void theHeatWaveIsShortInTheEveningOnly() {
    AllocationResult r = ScarcityAllocator.run(heat, AllocationRule.PROPORTIONAL);
    int shortHours = r.shortfallHours()[DemandGroup.ESSENTIAL.ordinal()];
    assertThat(shortHours).isBetween(10, 60);
    // at noon on day 2 solar covers the load
    assertThat(r.unserved_MW()[DemandGroup.OTHER_COMMUNITY.ordinal()][24 + 12]).isZero();
  }

  @Test
  void essentialFirstLeavesNoEssentialLoadUnservedButPriceBasedDoes() {
    int e = DemandGroup.ESSENTIAL.ordinal();
    AllocationResult first = ScarcityAllocator.run(heat, AllocationRule.ESSENTIAL_FIRST);
    AllocationResult price = ScarcityAllocator.run(heat, AllocationRule.PRICE_BASED);

    assertThat(first.unserved_MWh()[e]).isZero();
    assertThat(price.unserved_MWh()[e]).isGreaterThan(0);
    assertThat(price.unserved_MWh()[DemandGroup.AI.ordinal()]).isZero();
    // price-based clears at the essential group's bid, the lowest, in shortfall hours
    assertThat(price.maxPrice_USD_per_MWh()).isEqualTo(500);
  }

  @Test
  void aiCurtailingFirstKeepsCommunityServiceAndCutsBackupEmissions() {
    int o = DemandGroup.OTHER_COMMUNITY.ordinal();
    AllocationResult first = ScarcityAllocator.run(heat, AllocationRule.ESSENTIAL_FIRST);
    AllocationResult ai = ScarcityAllocator.run(heat, AllocationRule.AI_CURTAILS_FIRST);

    // same service order for the grid energy, so the community is no worse off ...
    assertThat(ai.unserved_MWh()[o]).isCloseTo(first.unserved_MWh()[o], within(1e-6));
    assertThat(first.unserved_MWh()[o]).isGreaterThan(0);
    // ... but the curtailed part of the AI load does not run on diesel
    assertThat(ai.backup_MW()).isNotEqualTo(first.backup_MW());
    assertThat(ai.emissions_tCO2e()).isLessThan(first.emissions_tCO2e());
    assertThat(ai.unserved_MWh()[DemandGroup.AI.ordinal()]).isGreaterThan(0);
  }

  @Test
  void proportionalGivesEveryGroupTheSameShare() {
    AllocationResult r = ScarcityAllocator.run(heat, AllocationRule.PROPORTIONAL);
    for (int h = 0; h < heat.hours(); h++) {
      double e = heat.essential_MW()[h];
      double o = heat.otherCommunity_MW()[h];
      double shareE = r.served_MW()[DemandGroup.ESSENTIAL.ordinal()][h] / e;
      double shareO = r.served_MW()[DemandGroup.OTHER_COMMUNITY.ordinal()][h] / o;
      assertThat(shareE).isCloseTo(shareO, within(1e-12));
    }
  }
}
