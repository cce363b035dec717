package io.terawatt.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.io.input.ScenarioReader;
import io.terawatt.plan.PlanResult;
import io.terawatt.plan.PlanService;
import io.terawatt.plan.Scenario;
import io.terawatt.plan.SiteSupply;
import io.terawatt.scheduling.PolicyRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The use case end to end on the demo scenario, without the CLI. */
class PlanServiceDemoIT {
  private static PlanResult result;
  private static Scenario scenario;
  private static final List<String> progress = new ArrayList<>();

  @BeforeAll
  static void run() throws Exception {
    scenario =
        ScenarioReader.parse(DemoCommand.scenarioText(), "demo.yaml", Path.of("")).scenario();
    result =
        PlanService.run(
            scenario,
            (stage, f) -> {
              synchronized (progress) {
                if (f == 1 && !progress.contains(stage)) {
                  progress.add(stage);
                }
              }
            });
  }

  @Test
  void everyStageRanInOrderAndIsNonEmpty() {
    assertThat(progress).containsExactlyElementsOf(PlanService.STAGES);
    assertThat(result.footprint().workloads()).hasSize(3);
    assertThat(result.supply()).hasSize(3);
    assertThat(result.schedule().zones()).hasSize(3 * scenario.operations().policies().size());
    assertThat(result.schedule().fleet()).hasSize(scenario.operations().policies().size());
    assertThat(result.assessment().assessment()).isPresent();
    assertThat(result.outlook().report().bands().samples()).isEqualTo(2000);
    assertThat(result.stageTimes_s().keySet()).containsExactlyElementsOf(PlanService.STAGES);
  }

  @Test
  void theSupplyPlansServeTheFootprintsLoadAndBalanceEveryHour() {
    double load = result.footprint().facilityLoad_MW();
    assertThat(load)
        .isCloseTo(
            result.footprint().trainingLoad_MW() + result.footprint().inferenceLoad_MW(),
            within(1e-9));
    assertThat(load).isGreaterThan(1);
    for (SiteSupply s : result.supply()) {
      int hours = s.builtSite().hours();
      assertThat(s.metrics().load_MWh()).isCloseTo(load * hours, within(1e-6 * load * hours));
      assertThat(s.metrics().maxEnergyBalanceError_MWh()).as(s.site()).isLessThan(1e-6);
      double supplied = 0;
      for (double v : s.metrics().energyBySource_MWh().values()) {
        supplied += v;
      }
      double charge = 0;
      for (double[] c : s.flows().charge_MW()) {
        for (double v : c) {
          charge += v;
        }
      }
      assertThat(supplied + s.metrics().unserved_MWh())
          .as("energy by source covers load, charging and exports")
          .isCloseTo(
              s.metrics().load_MWh() + charge + s.metrics().gridExport_MWh(),
              within(1e-6 * s.metrics().load_MWh()));
      assertThat(s.metrics().totalCost_USD()).isPositive();
      assertThat(s.weeks()).isPresent();
    }
  }

  @Test
  void theAssessmentUsesTheSupplyPlansFigures() {
    for (SiteSupply s : result.supply()) {
      var v = result.assessment().values().get(s.site());
      assertThat(v.get("carbon_location_tCO2e")).isEqualTo(s.metrics().emissionsLocation_tCO2e());
      assertThat(v.get("cost_USD_per_year")).isEqualTo(s.metrics().totalCost_USD());
      assertThat(v.get("share_of_regional_peak_pct")).isPositive();
    }
    assertThat(result.assessment().assessment().get().rankings()).containsKey("utilitarian");
  }

  @Test
  void schedulingSavesCarbonAndTheOracleBoundsTheOnlinePolicies() {
    for (var z : result.schedule().zones()) {
      if (z.role() == PolicyRole.BASELINE) {
        assertThat(z.reductionVsAgnostic_pct()).isZero();
      }
    }
    for (SiteSupply s : result.supply()) {
      double oracle =
          result.schedule().zones().stream()
              .filter(z -> z.site().equals(s.site()) && z.role() == PolicyRole.ORACLE)
              .findFirst()
              .orElseThrow()
              .emissions_kgCO2e();
      result.schedule().zones().stream()
          .filter(z -> z.site().equals(s.site()))
          .forEach(z -> assertThat(z.emissions_kgCO2e()).isGreaterThanOrEqualTo(oracle * 0.999));
    }
    assertThat(result.outlook().shareOfGlobalP50_pct()).isPositive().isLessThan(100);
  }

  @Test
  void theSupplyPlansAndTheSchedulersSeeOneGridSignalPerZone() {
    for (SiteSupply s : result.supply()) {
      double[] supply = s.builtSite().grid().intensity_gCO2e_per_kWh();
      double[] schedule = result.schedule().zoneIntensity_gCO2e_per_kWh().get(s.zone()).values();
      assertThat(supply)
          .as("%s: the planning year the schedulers ran on", s.site())
          .containsExactly(
              java.util.Arrays.copyOfRange(
                  schedule, schedule.length - supply.length, schedule.length));
    }
  }
}
