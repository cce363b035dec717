package io.terawatt.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.ethics.allocation.AllocationResult;
import io.terawatt.ethics.allocation.DemandGroup;
import io.terawatt.ethics.allocation.ScarcityScenario;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The allocation service on the built-in heat wave: every rule, one rule, totals. */
class AllocationServiceTest {

  @Test
  void withoutARuleEveryRuleRunsInOrder() {
    AllocationReport all = AllocationService.allocate(new AllocationRequest(Optional.empty()));

    assertThat(all.results().stream().map(r -> r.rule().label()).toList())
        .isEqualTo(AllocationService.ruleNames());
    assertThat(AllocationService.ruleNames())
        .containsExactly("essential-first", "proportional", "price-based", "ai-curtails-first");
  }

  @Test
  void aNamedRuleRunsAlone() {
    AllocationReport one =
        AllocationService.allocate(new AllocationRequest(Optional.of("proportional")));

    assertThat(one.results()).hasSize(1);
    assertThat(one.results().get(0).rule().label()).isEqualTo("proportional");
    assertThat(AllocationService.knowsRule("Essential-First ")).isTrue();
    assertThat(AllocationService.knowsRule("lottery")).isFalse();
  }

  @Test
  void anUnknownRuleIsRefusedNamingTheRules() {
    assertThatThrownBy(
            () -> AllocationService.allocate(new AllocationRequest(Optional.of("lottery"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lottery")
        .hasMessageContaining("essential-first");
  }

  @Test
  void totalsAreTheSumsOfTheHours() {
    AllocationReport r = AllocationService.allocate(new AllocationRequest(Optional.empty()));
    ScarcityScenario s = r.scenario();
    AllocationResult curtails = r.results().get(3);

    assertThat(s.supply_MWh()).isCloseTo(Arrays.stream(s.supply_MW()).sum(), within(1e-9));
    assertThat(s.demand_MWh(DemandGroup.AI))
        .isCloseTo(Arrays.stream(s.ai_MW()).sum(), within(1e-6));
    assertThat(curtails.curtailed_MWh()).isPositive();
    assertThat(curtails.backup_MWh())
        .isCloseTo(Arrays.stream(curtails.backup_MW()).sum(), within(1e-9));
  }
}
