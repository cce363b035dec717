package io.terawatt.supply.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Target construction and validation. */
class PlanTargetsTest {

  @Test
  void factoriesSetTheMatchingAndValues() {
    assertThat(PlanTargets.none().any()).isFalse();
    assertThat(PlanTargets.hourlyCfe(0.9).cfeMatching()).isEqualTo(CfeMatching.HOURLY);
    assertThat(PlanTargets.hourlyCfe(0.9).cfeTarget()).contains(Infeasibility.Target.HOURLY_CFE);
    assertThat(PlanTargets.annualCfe(1).cfeTarget()).contains(Infeasibility.Target.ANNUAL_CFE);
    PlanTargets both = PlanTargets.annualCfe(0.5).withEmissionsCap(100);
    assertThat(both.carbonFreeFraction()).hasValue(0.5);
    assertThat(both.emissionsCap_tCO2e()).hasValue(100);
    assertThat(both.any()).isTrue();
    assertThat(PlanTargets.emissionsCap(0).cfeTarget()).isEmpty();
  }

  @Test
  void rejectsOutOfRangeValues() {
    assertThatThrownBy(() -> PlanTargets.hourlyCfe(1.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.1");
    assertThatThrownBy(() -> PlanTargets.annualCfe(-0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PlanTargets.emissionsCap(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tCO2e");
    assertThatThrownBy(() -> PlanTargets.emissionsCap(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PlanTargets(null, OptionalDouble.empty(), OptionalDouble.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
