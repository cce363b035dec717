package io.terawatt.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.supply.plan.LpSolvers;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The supply service plans and simulates a site spec: the one path that {@code supply plan}, {@code
 * supply simulate} and the main job's supply stage take.
 */
class SupplyServiceTest {
  private static final OptionalDouble NONE = OptionalDouble.empty();

  /** 100 MW on a 400 g/kWh grid (50 MW import), with wind at a constant 40 %, gas and a battery. */
  static SupplySiteSpec windGasBattery() {
    GridSpec grid =
        new GridSpec(
            Optional.empty(),
            OptionalDouble.of(400),
            OptionalDouble.of(80),
            OptionalDouble.of(0.2),
            OptionalDouble.of(50),
            NONE,
            NONE,
            NONE,
            OptionalLong.empty());
    ProfileSpec steady =
        new ProfileSpec(
            Optional.empty(),
            OptionalLong.empty(),
            Optional.empty(),
            Optional.empty(),
            NONE,
            Optional.empty(),
            OptionalDouble.of(0.4),
            Optional.empty());
    return new SupplySiteSpec(
        "steady campus",
        OptionalDouble.of(53),
        OptionalDouble.of(-6),
        OptionalInt.of(2030),
        OptionalDouble.of(100),
        Optional.of(grid),
        List.of(
            new ResourceSpec("wind_onshore", NONE, OptionalDouble.of(1000), Optional.of(steady)),
            new ResourceSpec("gas_cc", NONE, OptionalDouble.of(200), Optional.empty())),
        List.of(new StorageSpec("battery_li_ion", NONE, NONE, NONE)),
        NONE,
        NONE,
        NONE,
        NONE);
  }

  @Test
  void aPlanOnRepresentativeWeeksServesTheYearAndMeetsItsTarget() {
    SupplyPlanResult r =
        SupplyService.plan(
            SupplyPlanRequest.of(windGasBattery()).withCfeTarget(0.5).withRepresentativeWeeks(2));

    assertThat(r.site()).isEqualTo("steady campus");
    assertThat(r.year()).isEqualTo(2030);
    assertThat(r.solver()).isEqualTo(LpSolvers.defaultName());
    assertThat(r.representativeWeeks()).isEqualTo(2);
    assertThat(r.weeks()).isPresent();
    assertThat(r.metrics().load_MWh()).isCloseTo(100 * 8760, within(1e-6));
    assertThat(r.metrics().unserved_MWh()).isZero();
    assertThat(r.metrics().hourlyCfe_pct())
        .isGreaterThanOrEqualTo(50 - SupplyService.CFE_REPORT_TOLERANCE_PCT);
    assertThat(r.missedTargets()).isEmpty();
    assertThat(r.capacity_MW().get("wind_onshore")).isPositive();
    assertThat(r.builtSite().grid().intensity_gCO2e_per_kWh()).containsOnly(400.0);
  }

  @Test
  void theCallersLoadAndGridSignalReplaceTheFiles() {
    double[] signal = new double[8760];
    Arrays.fill(signal, 123);
    SupplyPlanRequest request =
        SupplyPlanRequest.of(windGasBattery())
            .withLoad(40)
            .withGridIntensity(
                new io.terawatt.timeseries.HourlySeries(
                    Instant.parse("2030-01-01T00:00:00Z"), signal, "gCO2e_per_kWh"))
            .withRepresentativeWeeks(1);

    SupplyPlanResult r = SupplyService.plan(request);

    assertThat(r.builtSite().loadAt(0)).isEqualTo(40);
    assertThat(r.builtSite().grid().intensity_gCO2e_per_kWh()).containsOnly(123.0);
    assertThat(r.builtSite().grid().residualMix_gCO2e_per_kWh()).isEqualTo(123);
  }

  @Test
  void theExactProgrammeKeepsItsMpsOnRequest() {
    SupplySiteSpec gridAndGas =
        new SupplySiteSpec(
            "grid and gas",
            NONE,
            NONE,
            OptionalInt.of(2030),
            OptionalDouble.of(10),
            windGasBattery().grid(),
            List.of(new ResourceSpec("gas_cc", NONE, OptionalDouble.of(20), Optional.empty())),
            List.of(),
            NONE,
            NONE,
            NONE,
            NONE);

    SupplyPlanResult r = SupplyService.plan(SupplyPlanRequest.of(gridAndGas).withMps());

    assertThat(r.representativeWeeks()).isZero();
    assertThat(r.weeks()).isEmpty();
    assertThat(r.mps()).isPresent();
    assertThat(r.mps().get()).contains("ROWS");
    assertThat(r.metrics().unserved_MWh()).isZero();
  }

  @Test
  void requestsThatCannotBeMetAreRefusedBeforeAnySolve() {
    SupplyPlanRequest request = SupplyPlanRequest.of(windGasBattery());

    assertThatThrownBy(() -> request.withRepresentativeWeeks(4).withMps())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MPS");
    assertThatThrownBy(() -> request.withCfeTarget(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> request.withCfeTarget(0.5, "weekly"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hourly or annual");
    assertThatThrownBy(() -> SupplyService.plan(request.withSolver("abacus")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("abacus");
  }

  @Test
  void aSimulatedYearRunsTheExistingCapacities() {
    SupplySimulationResult r =
        SupplyService.simulate(new SupplySimulationRequest(windGasBattery(), OptionalInt.of(2032)));

    assertThat(r.year()).isEqualTo(2032);
    assertThat(r.site().hours()).isEqualTo(8784);
    assertThat(r.capacity_MW()).containsEntry("wind_onshore", 0.0).containsEntry("gas_cc", 0.0);
    assertThat(r.metrics().gridImport_MWh()).isCloseTo(50 * 8784, within(1e-6));
    assertThat(r.metrics().unserved_MWh()).isCloseTo(50 * 8784, within(1e-6));
  }
}
