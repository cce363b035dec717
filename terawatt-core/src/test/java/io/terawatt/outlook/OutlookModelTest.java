package io.terawatt.outlook;

import static io.terawatt.outlook.parameter.OutlookParameter.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.footprint.AttentionCost;
import io.terawatt.outlook.parameter.LogNormal;
import io.terawatt.outlook.parameter.ParameterDraw;
import io.terawatt.outlook.parameter.Scenario;
import io.terawatt.outlook.parameter.StandardNormal;
import io.terawatt.outlook.parameter.Triangular;
import io.terawatt.outlook.projection.Adoption;
import io.terawatt.outlook.projection.Projection;
import io.terawatt.outlook.projection.ProjectionDetail;
import io.terawatt.outlook.projection.Region;
import io.terawatt.outlook.projection.SupplySource;
import io.terawatt.outlook.projection.TechniqueFactors;
import io.terawatt.outlook.projection.WrightsLaw;
import io.terawatt.outlook.projection.Years;
import org.junit.jupiter.api.Test;

/** Hand calculations against the deterministic projection and its parts. */
class OutlookModelTest {

  /** A draw with no AI load, no taper and no supply options: a pure compounding check. */
  private static ParameterDraw plain() {
    return Scenario.defaults()
        .medianDraw()
        .with(AI_SHARE_2024_FRACTION, 0)
        .with(NON_AI_GROWTH_2024_FRACTION_PER_YEAR, 0.05)
        .with(NON_AI_GROWTH_TAPER_YEARS, 1e12)
        .with(PUE_2024, 1.4)
        .with(PUE_DECLINE_FRACTION_PER_YEAR, 0)
        .with(CLEAN_PROCUREMENT_2024_FRACTION, 0)
        .with(CLEAN_PROCUREMENT_2050_FRACTION, 0)
        .with(FUSION_FIRST_YEAR, 2100)
        .with(SPACE_SOLAR_FIRST_YEAR, 2100)
        .with(US_DATACENTRE_2024_TWH, 200)
        .with(CHINA_DATACENTRE_2024_TWH, 100)
        .with(EUROPE_DATACENTRE_2024_TWH, 60)
        .with(REST_OF_WORLD_DATACENTRE_2024_TWH, 40);
  }

  @Test
  void nonAiLoadCompoundsAtItsGrowthRate() {
    double[] e = Projection.project(plain()).electricity_TWh();
    assertThat(e[0]).isCloseTo(400, within(1e-9));
    assertThat(e[Years.index(2030)]).isCloseTo(400 * Math.pow(1.05, 6), within(1e-6));
    assertThat(e[Years.index(2050)]).isCloseTo(400 * Math.pow(1.05, 26), within(1e-4));
  }

  @Test
  void growthRateTapersWithItsTimeConstant() {
    ParameterDraw d = plain().with(NON_AI_GROWTH_TAPER_YEARS, 2.0);
    double[] e = Projection.project(d).electricity_TWh();
    // log growth: ln(1.05)·(1 + e^-1/2 + e^-1)
    double expected = 400 * Math.exp(Math.log(1.05) * (1 + Math.exp(-0.5) + Math.exp(-1)));
    assertThat(e[3]).isCloseTo(expected, within(1e-9));
  }

  @Test
  void gridEmissionsWaterAndCostFollowTheRegionalFactors() {
    ParameterDraw d =
        plain()
            .with(US_GRID_2024_GCO2E_PER_KWH, 400)
            .with(CHINA_GRID_2024_GCO2E_PER_KWH, 600)
            .with(EUROPE_GRID_2024_GCO2E_PER_KWH, 200)
            .with(REST_OF_WORLD_GRID_2024_GCO2E_PER_KWH, 500)
            .with(US_GRID_PRICE_USD_PER_MWH, 100)
            .with(CHINA_GRID_PRICE_USD_PER_MWH, 100)
            .with(EUROPE_GRID_PRICE_USD_PER_MWH, 100)
            .with(REST_OF_WORLD_GRID_PRICE_USD_PER_MWH, 100)
            .with(US_GRID_WATER_L_PER_KWH, 3)
            .with(CHINA_GRID_WATER_L_PER_KWH, 3)
            .with(EUROPE_GRID_WATER_L_PER_KWH, 3)
            .with(REST_OF_WORLD_GRID_WATER_L_PER_KWH, 3)
            .with(WUE_2024_L_PER_KWH, 1.4)
            .with(US_GRID_DECARBONISATION_FRACTION_PER_YEAR, 0.1)
            .with(CHINA_GRID_DECARBONISATION_FRACTION_PER_YEAR, 0)
            .with(EUROPE_GRID_DECARBONISATION_FRACTION_PER_YEAR, 0)
            .with(REST_OF_WORLD_GRID_DECARBONISATION_FRACTION_PER_YEAR, 0);
    var o = Projection.project(d);
    // 200·400 + 100·600 + 60·200 + 40·500 = 172,000 TWh·g/kWh = 172 MtCO2e
    assertThat(o.emissions_MtCO2e()[0]).isCloseTo(172, within(1e-9));
    // 400 TWh · 100 USD/MWh = 40 billion USD
    assertThat(o.cost_billion_USD()[0]).isCloseTo(40, within(1e-9));
    // on-site 1.4 L/kWh · 400/1.4 TWh + 3 L/kWh · 400 TWh = 1,600 GL = 1.6 km3
    assertThat(o.water_km3()[0]).isCloseTo(1.6, within(1e-12));
    // The US share drifts with IEA's regional ratios, so compare the US grid term directly.
    ProjectionDetail detail = Projection.projectInDetail(d);
    double us1 = detail.electricityByRegion_TWh().get(Region.US)[1];
    double rest1 = detail.outlook().electricity_TWh()[1] - us1;
    double china1 = detail.electricityByRegion_TWh().get(Region.CHINA)[1];
    double europe1 = detail.electricityByRegion_TWh().get(Region.EUROPE)[1];
    double row1 = rest1 - china1 - europe1;
    double expected = (us1 * 400 * 0.9 + china1 * 600 + europe1 * 200 + row1 * 500) / 1e3;
    assertThat(o.emissions_MtCO2e()[1]).isCloseTo(expected, within(1e-9));
  }

  @Test
  void wrightsLawHalvesCostAfterOneDoublingAtFiftyPercent() {
    assertThat(WrightsLaw.cost(100, 2, 0.5)).isCloseTo(50, within(1e-12));
    assertThat(WrightsLaw.cost(100, 8, 0.2)).isCloseTo(100 * 0.8 * 0.8 * 0.8, within(1e-9));
    assertThat(WrightsLaw.cost(100, 1, 0.2)).isEqualTo(100);
  }

  @Test
  void fusionEntersInItsFirstYearAndLearns() {
    ParameterDraw d =
        plain()
            .with(FUSION_FIRST_YEAR, 2035)
            .with(FUSION_CAPACITY_DOUBLING_YEARS, 2)
            .with(FUSION_LEARNING_RATE_FRACTION, 0.2)
            .with(FUSION_FIRST_COST_USD_PER_MWH, 150)
            .with(FUSION_DATACENTRE_OFFTAKE_FRACTION, 0.5);
    ProjectionDetail detail = Projection.projectInDetail(d);
    double[] fusion = detail.electricityBySource_TWh().get(SupplySource.FUSION);
    assertThat(fusion[Years.index(2034)]).isZero();
    double cf = io.terawatt.outlook.projection.SupplyTechnologies.FUSION_CAPACITY_FACTOR;
    // 2039: 0.4 GW · 2^(4/2) = 1.6 GW · CF · 8.76 TWh/GW · 0.5 offtake
    assertThat(fusion[Years.index(2039)]).isCloseTo(1.6 * cf * 8.76 * 0.5, within(1e-9));
    assertThat(detail.fusionCost_USD_per_MWh()[Years.index(2039)])
        .isCloseTo(150 * 0.8 * 0.8, within(1e-9));
  }

  @Test
  void trainingEnergyIsComputeOverHardwareEfficiency() {
    ParameterDraw d =
        plain()
            .with(AI_SHARE_2024_FRACTION, 0.2)
            .with(INFERENCE_SHARE_OF_AI_2024_FRACTION, 0.5)
            .with(TRAINING_COMPUTE_GROWTH_2024_PER_YEAR, 4)
            .with(TRAINING_GROWTH_TAPER_YEARS, 1e12)
            .with(HARDWARE_EFFICIENCY_DOUBLING_YEARS, 1)
            .with(HARDWARE_EFFICIENCY_TAPER_YEARS, 1e12);
    ProjectionDetail detail = Projection.projectInDetail(d);
    double train0 = 400 / 1.4 * 0.2 * 0.5;
    // compute ×4 per year, FLOP/J ×2 per year: energy ×2 per year
    assertThat(detail.trainingIt_TWh()[3]).isCloseTo(train0 * 8, within(1e-9));
  }

  @Test
  void reboundWithUnitElasticityCancelsEfficiency() {
    ParameterDraw d =
        plain()
            .with(AI_SHARE_2024_FRACTION, 0.2)
            .with(INFERENCE_DEMAND_GROWTH_2024_PER_YEAR, 1.0)
            .with(REBOUND_ELASTICITY, 1.0)
            .with(EDGE_SHARE_FINAL_FRACTION, 0);
    ProjectionDetail detail = Projection.projectInDetail(d);
    assertThat(detail.energyPerTokenFactor()[10]).isLessThan(0.1);
    assertThat(detail.inferenceIt_TWh()[10]).isCloseTo(detail.inferenceIt_TWh()[0], within(1e-9));
    ProjectionDetail lower = Projection.projectInDetail(d.with(REBOUND_ELASTICITY, 0.5));
    assertThat(lower.inferenceIt_TWh()[10]).isLessThan(detail.inferenceIt_TWh()[10]);
  }

  @Test
  void moeAndSparseAttentionUseTheFootprintFlopsPerToken() {
    double[] r = new double[4];
    TechniqueFactors.flopsRatios(0.1, 8192, r);
    double n = TechniqueFactors.REFERENCE_PARAMETERS;
    double attention = 4.0 * 126 * 16384 * 8192;
    assertThat(r[1]).isCloseTo((0.2 * n + attention) / (2 * n + attention), within(1e-12));
    double g = AttentionCost.DEFAULT_GLOBAL_LAYER_FRACTION;
    double sparse = 4.0 * 126 * 16384 * (g * 8192 + (1 - g) * AttentionCost.DEFAULT_WINDOW);
    assertThat(r[2]).isCloseTo((2 * n + sparse) / (2 * n + attention), within(1e-12));
    assertThat(TechniqueFactors.fp8EnergyRatio()).isBetween(0.3, 0.9);
    assertThat(TechniqueFactors.fp4EnergyRatio()).isLessThan(TechniqueFactors.fp8EnergyRatio());
  }

  @Test
  void distributionsInvertTheirCdf() {
    assertThat(StandardNormal.quantile(0.975)).isCloseTo(1.959964, within(1e-6));
    assertThat(StandardNormal.quantile(0.5)).isCloseTo(0, within(1e-12));
    Triangular t = new Triangular(0, 1, 2);
    assertThat(t.quantile(0.125)).isCloseTo(0.5, within(1e-12));
    assertThat(t.quantile(0.5)).isCloseTo(1, within(1e-12));
    LogNormal l = LogNormal.fromP5P95(2, 8);
    assertThat(l.median()).isCloseTo(4, within(1e-12));
    assertThat(l.quantile(0.95)).isCloseTo(8, within(1e-6));
  }

  @Test
  void adoptionIsHalfTheFinalShareAtItsMidpoint() {
    assertThat(Adoption.share(2030, 0.8, 2030)).isCloseTo(0.4, within(1e-12));
    assertThat(Adoption.share(2060, 0.8, 2030)).isCloseTo(0.8, within(1e-4));
  }
}
