package io.terawatt.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Production-based intensity from a mix and the IPCC AR5 life-cycle medians. */
class EmissionFactorsTest {

  @Test
  void halfCoalHalfWindIsTheMeanOfTheirFactors() {
    double intensity = EmissionFactors.intensity(new double[] {500, 500}, new double[] {820, 11});

    assertThat(intensity).isCloseTo(415.5, within(1e-9));
  }

  @Test
  void weightsSourcesByTheirOutput() {
    // 100 MW gas (490), 300 MW nuclear (12): (49000 + 3600) / 400 = 131.5
    double intensity = EmissionFactors.intensity(new double[] {100, 300}, new double[] {490, 12});

    assertThat(intensity).isCloseTo(131.5, within(1e-9));
  }

  @Test
  void ignoresNegativeOutputAndIsNaNWithoutProduction() {
    assertThat(EmissionFactors.intensity(new double[] {-50, 100}, new double[] {820, 11}))
        .isCloseTo(11, within(1e-9));
    assertThat(EmissionFactors.intensity(new double[] {0, 0}, new double[] {820, 11})).isNaN();
  }

  @Test
  void ipccMediansAreLifecycleWithTheDocumentedFactors() {
    EmissionFactors ipcc = EmissionFactors.ipccAr5LifecycleMedians();

    assertThat(ipcc.basis()).isEqualTo(EmissionBasis.LIFECYCLE);
    assertThat(ipcc.factor("coal")).contains(820.0);
    assertThat(ipcc.factor("Gas")).contains(490.0);
    assertThat(ipcc.factor("WIND")).contains(11.0);
    assertThat(ipcc.factor("nuclear")).contains(12.0);
    assertThat(ipcc.factor("solar")).contains(48.0);
    assertThat(ipcc.factor("hydro")).contains(24.0);
    assertThat(ipcc.factor("unobtainium")).isEmpty();
    assertThat(ipcc.sources()).contains("coal", "oil", "biomass", "geothermal", "wind_offshore");
  }

  @Test
  void theProductionMixMediansAreTheIpccTablesOwn() {
    EmissionFactors ipcc = EmissionFactors.ipccAr5LifecycleMedians();

    LifecycleFactors.ipccAr5()
        .forEach((source, r) -> assertThat(ipcc.factor(source)).contains(r.median_gCO2e_per_kWh()));
    assertThat(ipcc.factor("oil")).contains(EmissionFactors.OIL_GCO2E_PER_KWH);
    assertThat(ipcc.factor("battery_discharge")).contains(0.0);
  }
}
