package io.terawatt.outlook.projection;

import static io.terawatt.outlook.parameter.OutlookParameter.*;

import io.terawatt.outlook.parameter.ParameterDraw;
import java.util.EnumMap;
import java.util.Map;

/**
 * The deterministic outlook model: one {@link ParameterDraw} in, yearly arrays for {@value
 * Years#FIRST}–{@value Years#LAST} out. Pure function of the draw; no randomness, no shared state.
 *
 * <h2>Model (k = year − 2024)</h2>
 *
 * <ul>
 *   <li>Baseline: E₀ = Σ regional 2024 electricity (facility); IT₀ = E₀ / PUE₀; AI₀ = a·IT₀ split
 *       into training (1 − i) and inference (i); non-AI = IT₀ − AI₀.
 *   <li>Tapering growth: a yearly log rate r_j = ln(g)·exp(−j/τ) compounds as G(k) = exp(Σ_{j<k}
 *       r_j); used for training compute, inference demand, non-AI load, hardware FLOP/J (g =
 *       2^(1/T_double)) and algorithmic efficiency.
 *   <li>Training IT(k) = train₀ · G_compute(k) / G_hardware(k).
 *   <li>Energy per data-centre token e(k) = T(k)/T(0) / (G_hardware(k)·G_algorithmic(k)), with T
 *       the technique factor of {@link TechniqueFactors} at the logistic adoption shares of {@link
 *       Adoption}.
 *   <li>Rebound: cost per token falls with e(k); demand = trend · e(k)^(−ε). Inference IT(k) = inf₀
 *       · G_demand(k) · e(k)^(1−ε) · (1 − edge(k)) / (1 − edge(0)).
 *   <li>Edge: edge(k) of tokens run on devices at J_device · (hardware·algorithmic gains); this
 *       energy leaves the data-centre total and is reported apart.
 *   <li>Facility: E(k) = (training + inference + non-AI) · PUE(k), PUE(k) = max(1.08, PUE₀·(1 −
 *       d)^k) (1.08: Meta 2023 fleet PUE, secondary).
 *   <li>Regions: share_r(k) ∝ E_r,₀ · drift_r^min(k, 6) ({@link Region}).
 *   <li>Supply: dedicated procurement p(k) linear from 2024 to 2050, split into nuclear,
 *       storage-firmed and renewables; fusion and space solar from their first year with cumulative
 *       capacity C(k) = C₀·2^((year − first)/T_double), output C·CF·8.76 TWh/GW × data-centre
 *       offtake, cost by {@link WrightsLaw}, at most the non-procured remainder, spread over
 *       regions by electricity; the rest from the grid at I_r(k) = I_r,₀·(1 − δ_r)^k.
 *   <li>Emissions = Σ TWh·gCO2e/kWh·10⁻³ MtCO2e; water = (WUE(k)·IT + Σ TWh·L/kWh)·10⁻³ km³; cost =
 *       Σ TWh·USD/MWh·10⁻³ billion USD.
 * </ul>
 */
public final class Projection {
  /** PUE floor: Meta 2023 fleet PUE 1.08 (DCD-derived report, secondary). */
  public static final double PUE_FLOOR = 1.08;

  /** Hours in a year over 1,000: TWh per GW at full output. */
  public static final double TWH_PER_GW_YEAR = 8.76;

  /** Joules per TWh. */
  public static final double J_PER_TWH = 3.6e15;

  private static final Region[] REGIONS = Region.values();
  private static final double[] DRIFT = new double[REGIONS.length];
  private static final int N = Years.COUNT;

  static {
    for (Region r : REGIONS) {
      DRIFT[r.ordinal()] = r.shareDriftPerYear();
    }
  }

  private Projection() {}

  /** Projects one draw. */
  public static YearlyOutlook project(ParameterDraw draw) {
    YearlyOutlook out =
        new YearlyOutlook(new double[N], new double[N], new double[N], new double[N]);
    run(
        draw.values(),
        out.electricity_TWh(),
        out.emissions_MtCO2e(),
        out.water_km3(),
        out.cost_billion_USD(),
        null,
        new double[4]);
    return out;
  }

  /** Projects one draw and keeps the breakdown. */
  public static ProjectionDetail projectInDetail(ParameterDraw draw) {
    YearlyOutlook out =
        new YearlyOutlook(new double[N], new double[N], new double[N], new double[N]);
    Detail d = new Detail();
    run(
        draw.values(),
        out.electricity_TWh(),
        out.emissions_MtCO2e(),
        out.water_km3(),
        out.cost_billion_USD(),
        d,
        new double[4]);
    Map<Region, double[]> byRegion = new EnumMap<>(Region.class);
    for (Region r : REGIONS) {
      byRegion.put(r, d.region[r.ordinal()]);
    }
    Map<SupplySource, double[]> bySource = new EnumMap<>(SupplySource.class);
    for (SupplySource s : SupplySource.values()) {
      bySource.put(s, d.source[s.ordinal()]);
    }
    double us2023 = draw.get(US_DATACENTRE_2024_TWH) / draw.get(US_GROWTH_2023_TO_2024_RATIO);
    return new ProjectionDetail(
        out,
        d.training,
        d.inference,
        d.nonAi,
        d.pue,
        d.edge,
        d.tokens,
        d.technique,
        d.energyPerToken,
        byRegion,
        bySource,
        d.fusionCost,
        d.spaceCost,
        us2023);
  }

  /**
   * The hot path for samplers: writes the outputs of draw {@code p} (values by parameter ordinal)
   * into {@code out[metric][year]}.
   *
   * @param scratch four doubles of working space
   */
  public static void runInto(double[] p, double[][] out, double[] scratch) {
    run(p, out[0], out[1], out[2], out[3], null, scratch);
  }

  /**
   * The hot path: writes the four outputs of draw {@code p} (values by parameter ordinal) into the
   * given arrays of length {@link Years#COUNT}.
   *
   * @param detail breakdown sink, or null
   * @param scratch four doubles of working space
   */
  static void run(
      double[] p,
      double[] electricity,
      double[] emissions,
      double[] water,
      double[] cost,
      Detail detail,
      double[] scratch) {
    double[] base = {
      p[US_DATACENTRE_2024_TWH.ordinal()],
      p[CHINA_DATACENTRE_2024_TWH.ordinal()],
      p[EUROPE_DATACENTRE_2024_TWH.ordinal()],
      p[REST_OF_WORLD_DATACENTRE_2024_TWH.ordinal()]
    };
    double e0 = base[0] + base[1] + base[2] + base[3];
    double pue0 = p[PUE_2024.ordinal()];
    double it0 = e0 / pue0;
    double ai0 = it0 * p[AI_SHARE_2024_FRACTION.ordinal()];
    double inferenceShare = p[INFERENCE_SHARE_OF_AI_2024_FRACTION.ordinal()];
    double train0 = ai0 * (1 - inferenceShare);
    double inf0 = ai0 * inferenceShare;
    double nonAi0 = it0 - ai0;

    Growth compute =
        new Growth(
            Math.log(p[TRAINING_COMPUTE_GROWTH_2024_PER_YEAR.ordinal()]),
            p[TRAINING_GROWTH_TAPER_YEARS.ordinal()]);
    Growth demand =
        new Growth(
            Math.log(p[INFERENCE_DEMAND_GROWTH_2024_PER_YEAR.ordinal()]),
            p[INFERENCE_GROWTH_TAPER_YEARS.ordinal()]);
    Growth hardware =
        new Growth(
            Math.log(2) / p[HARDWARE_EFFICIENCY_DOUBLING_YEARS.ordinal()],
            p[HARDWARE_EFFICIENCY_TAPER_YEARS.ordinal()]);
    Growth algorithmic =
        new Growth(
            Math.log(p[ALGORITHMIC_EFFICIENCY_2024_PER_YEAR.ordinal()]),
            p[ALGORITHMIC_EFFICIENCY_TAPER_YEARS.ordinal()]);
    Growth nonAi =
        new Growth(
            Math.log1p(p[NON_AI_GROWTH_2024_FRACTION_PER_YEAR.ordinal()]),
            p[NON_AI_GROWTH_TAPER_YEARS.ordinal()]);

    TechniqueFactors.flopsRatios(
        p[MOE_ACTIVE_PARAMETER_RATIO.ordinal()], p[SERVING_CONTEXT_TOKENS.ordinal()], scratch);
    double tech0 = technique(p, scratch, Years.FIRST);
    double edgeFinal = p[EDGE_SHARE_FINAL_FRACTION.ordinal()];
    double edgeMid = p[EDGE_MIDPOINT_YEAR.ordinal()];
    double edge0 = Adoption.share(Years.FIRST, edgeFinal, edgeMid);
    double elasticity = p[REBOUND_ELASTICITY.ordinal()];
    double j0 = p[DATACENTRE_INFERENCE_2024_J_PER_TOKEN.ordinal()];
    double tokens0 = inf0 * J_PER_TWH / ((1 - edge0) * j0) / 365.0;
    double jDevice0 = p[EDGE_DEVICE_2024_J_PER_TOKEN.ordinal()];

    double pueDecline = p[PUE_DECLINE_FRACTION_PER_YEAR.ordinal()];
    double pueFloor = Math.min(PUE_FLOOR, pue0);
    double wue0 = p[WUE_2024_L_PER_KWH.ordinal()];
    double wueKeep = 1 - p[WUE_DECLINE_FRACTION_PER_YEAR.ordinal()];

    double proc24 = p[CLEAN_PROCUREMENT_2024_FRACTION.ordinal()];
    double proc50 = p[CLEAN_PROCUREMENT_2050_FRACTION.ordinal()];
    double nuclear = clamp01(p[PROCUREMENT_NUCLEAR_FRACTION.ordinal()]);
    double storage =
        Math.min(clamp01(p[PROCUREMENT_STORAGE_FIRMED_FRACTION.ordinal()]), 1 - nuclear);
    double renewables = 1 - nuclear - storage;
    double procIntensity =
        renewables * SupplyTechnologies.RENEWABLES_GCO2E_PER_KWH
            + nuclear * SupplyTechnologies.NUCLEAR_GCO2E_PER_KWH
            + storage * SupplyTechnologies.STORAGE_FIRMED_GCO2E_PER_KWH;
    double procWater =
        renewables * SupplyTechnologies.RENEWABLES_L_PER_KWH
            + nuclear * SupplyTechnologies.NUCLEAR_L_PER_KWH
            + storage * SupplyTechnologies.STORAGE_FIRMED_L_PER_KWH;
    double procCost =
        renewables * SupplyTechnologies.RENEWABLES_USD_PER_MWH
            + nuclear * SupplyTechnologies.NUCLEAR_USD_PER_MWH
            + storage * SupplyTechnologies.STORAGE_FIRMED_USD_PER_MWH;

    double[] intensity = {
      p[US_GRID_2024_GCO2E_PER_KWH.ordinal()],
      p[CHINA_GRID_2024_GCO2E_PER_KWH.ordinal()],
      p[EUROPE_GRID_2024_GCO2E_PER_KWH.ordinal()],
      p[REST_OF_WORLD_GRID_2024_GCO2E_PER_KWH.ordinal()]
    };
    double[] keep = {
      1 - p[US_GRID_DECARBONISATION_FRACTION_PER_YEAR.ordinal()],
      1 - p[CHINA_GRID_DECARBONISATION_FRACTION_PER_YEAR.ordinal()],
      1 - p[EUROPE_GRID_DECARBONISATION_FRACTION_PER_YEAR.ordinal()],
      1 - p[REST_OF_WORLD_GRID_DECARBONISATION_FRACTION_PER_YEAR.ordinal()]
    };
    double[] gridWater = {
      p[US_GRID_WATER_L_PER_KWH.ordinal()],
      p[CHINA_GRID_WATER_L_PER_KWH.ordinal()],
      p[EUROPE_GRID_WATER_L_PER_KWH.ordinal()],
      p[REST_OF_WORLD_GRID_WATER_L_PER_KWH.ordinal()]
    };
    double[] price = {
      p[US_GRID_PRICE_USD_PER_MWH.ordinal()],
      p[CHINA_GRID_PRICE_USD_PER_MWH.ordinal()],
      p[EUROPE_GRID_PRICE_USD_PER_MWH.ordinal()],
      p[REST_OF_WORLD_GRID_PRICE_USD_PER_MWH.ordinal()]
    };
    Learner fusion =
        new Learner(
            p[FUSION_FIRST_YEAR.ordinal()],
            p[FUSION_FIRST_PLANT_GW.ordinal()],
            p[FUSION_CAPACITY_DOUBLING_YEARS.ordinal()],
            p[FUSION_LEARNING_RATE_FRACTION.ordinal()],
            p[FUSION_FIRST_COST_USD_PER_MWH.ordinal()],
            SupplyTechnologies.FUSION_CAPACITY_FACTOR
                * p[FUSION_DATACENTRE_OFFTAKE_FRACTION.ordinal()]);
    Learner space =
        new Learner(
            p[SPACE_SOLAR_FIRST_YEAR.ordinal()],
            p[SPACE_SOLAR_FIRST_PLANT_GW.ordinal()],
            p[SPACE_SOLAR_CAPACITY_DOUBLING_YEARS.ordinal()],
            p[SPACE_SOLAR_LEARNING_RATE_FRACTION.ordinal()],
            p[SPACE_SOLAR_FIRST_COST_USD_PER_MWH.ordinal()],
            SupplyTechnologies.SPACE_SOLAR_CAPACITY_FACTOR
                * p[SPACE_SOLAR_DATACENTRE_OFFTAKE_FRACTION.ordinal()]);

    double pueFactor = 1;
    double wue = wue0;
    double[] weight = base.clone();
    for (int k = 0; k < N; k++) {
      int year = Years.FIRST + k;
      if (k > 0) {
        compute.step();
        demand.step();
        hardware.step();
        algorithmic.step();
        nonAi.step();
        pueFactor *= 1 - pueDecline;
        wue *= wueKeep;
        if (k <= Region.SHIFT_YEARS) {
          for (int r = 0; r < weight.length; r++) {
            weight[r] *= DRIFT[r];
          }
        }
      }
      double trainingIt = train0 * Math.exp(compute.log - hardware.log);
      double techniqueFactor = technique(p, scratch, year) / tech0;
      double efficiencyGain = Math.exp(-hardware.log - algorithmic.log);
      double perToken = efficiencyGain * techniqueFactor;
      double edge = Adoption.share(year, edgeFinal, edgeMid);
      double demandFactor = Math.exp(demand.log) * Math.pow(perToken, -elasticity);
      double inferenceIt = inf0 * demandFactor * perToken * (1 - edge) / (1 - edge0);
      double nonAiIt = nonAi0 * Math.exp(nonAi.log);
      double pue = Math.max(pueFloor, pue0 * pueFactor);
      double it = trainingIt + inferenceIt + nonAiIt;
      double total = it * pue;

      double proc = proc24 + (proc50 - proc24) * k / (N - 1.0);
      double fusionTWh = fusion.output(year);
      double spaceTWh = space.output(year);
      double room = Math.max(0, (1 - proc) * total);
      if (fusionTWh + spaceTWh > room) {
        double s = room / (fusionTWh + spaceTWh);
        fusionTWh *= s;
        spaceTWh *= s;
      }
      double fusionCost = fusion.cost(year);
      double spaceCost = space.cost(year);
      double weightSum = weight[0] + weight[1] + weight[2] + weight[3];
      double em = 0;
      double wa = 0;
      double co = 0;
      double gridTotal = 0;
      for (int r = 0; r < weight.length; r++) {
        double share = weight[r] / weightSum;
        double er = total * share;
        double procured = proc * er;
        double fr = fusionTWh * share;
        double sr = spaceTWh * share;
        double grid = er - procured - fr - sr;
        double gridIntensity = intensity[r] * Math.pow(keep[r], k);
        em +=
            grid * gridIntensity
                + procured * procIntensity
                + fr * SupplyTechnologies.FUSION_GCO2E_PER_KWH
                + sr * SupplyTechnologies.SPACE_SOLAR_GCO2E_PER_KWH;
        wa +=
            wue * er / pue
                + grid * gridWater[r]
                + procured * procWater
                + fr * SupplyTechnologies.FUSION_L_PER_KWH
                + sr * SupplyTechnologies.SPACE_SOLAR_L_PER_KWH;
        co +=
            grid * price[r]
                + procured * procCost
                + (fr > 0 ? fr * fusionCost : 0)
                + (sr > 0 ? sr * spaceCost : 0);
        gridTotal += grid;
        if (detail != null) {
          detail.region[r][k] = er;
        }
      }
      electricity[k] = total;
      emissions[k] = em * 1e-3;
      water[k] = wa * 1e-3;
      cost[k] = co * 1e-3;
      if (detail != null) {
        detail.training[k] = trainingIt;
        detail.inference[k] = inferenceIt;
        detail.nonAi[k] = nonAiIt;
        detail.pue[k] = pue;
        double tokens = tokens0 * Math.exp(demand.log) * Math.pow(perToken, -elasticity);
        detail.tokens[k] = tokens;
        detail.edge[k] = edge * tokens * 365.0 * jDevice0 * efficiencyGain / J_PER_TWH;
        detail.technique[k] = techniqueFactor;
        detail.energyPerToken[k] = perToken;
        detail.source[SupplySource.GRID.ordinal()][k] = gridTotal;
        detail.source[SupplySource.RENEWABLES.ordinal()][k] = proc * total * renewables;
        detail.source[SupplySource.NUCLEAR.ordinal()][k] = proc * total * nuclear;
        detail.source[SupplySource.STORAGE_FIRMED.ordinal()][k] = proc * total * storage;
        detail.source[SupplySource.FUSION.ordinal()][k] = fusionTWh;
        detail.source[SupplySource.SPACE_SOLAR.ordinal()][k] = spaceTWh;
        detail.fusionCost[k] = year >= fusion.first ? fusionCost : Double.NaN;
        detail.spaceCost[k] = year >= space.first ? spaceCost : Double.NaN;
      }
    }
  }

  private static double technique(double[] p, double[] flopsRatios, int year) {
    double moe =
        Adoption.share(year, p[MOE_SHARE_FINAL_FRACTION.ordinal()], p[MOE_MIDPOINT_YEAR.ordinal()]);
    double sparse =
        Adoption.share(
            year,
            p[SPARSE_ATTENTION_SHARE_FINAL_FRACTION.ordinal()],
            p[SPARSE_ATTENTION_MIDPOINT_YEAR.ordinal()]);
    double quantMid = p[QUANTISATION_MIDPOINT_YEAR.ordinal()];
    double fp8 = Adoption.share(year, p[FP8_SERVING_SHARE_FINAL_FRACTION.ordinal()], quantMid);
    double fp4 = Adoption.share(year, p[FP4_SERVING_SHARE_FINAL_FRACTION.ordinal()], quantMid);
    return TechniqueFactors.combined(flopsRatios, moe, sparse, fp8, fp4);
  }

  private static double clamp01(double v) {
    return Math.max(0, Math.min(1, v));
  }

  /** A tapering compound growth: log rate r_j = r₀·exp(−j/τ), accumulated in {@link #log}. */
  private static final class Growth {
    private double rate;
    private final double decay;
    private double log;

    Growth(double rate0, double taperYears) {
      this.rate = rate0;
      this.decay = Math.exp(-1 / taperYears);
    }

    void step() {
      log += rate;
      rate *= decay;
    }
  }

  /** A technology entering in a first year, doubling its capacity and learning (Wright's law). */
  private static final class Learner {
    private final double first;
    private final double firstGw;
    private final double doublingYears;
    private final double learningRate;
    private final double firstCost;
    private final double twhPerGw;

    Learner(
        double first,
        double firstGw,
        double doublingYears,
        double learningRate,
        double firstCost,
        double capacityFactorTimesOfftake) {
      this.first = first;
      this.firstGw = firstGw;
      this.doublingYears = doublingYears;
      this.learningRate = learningRate;
      this.firstCost = firstCost;
      this.twhPerGw = TWH_PER_GW_YEAR * capacityFactorTimesOfftake;
    }

    double ratio(int year) {
      return Math.pow(2, (year - first) / doublingYears);
    }

    double output(int year) {
      return year >= first ? firstGw * ratio(year) * twhPerGw : 0;
    }

    double cost(int year) {
      return year >= first ? WrightsLaw.cost(firstCost, ratio(year), learningRate) : firstCost;
    }
  }

  /** Breakdown arrays filled for the central run. */
  static final class Detail {
    final double[] training = new double[N];
    final double[] inference = new double[N];
    final double[] nonAi = new double[N];
    final double[] pue = new double[N];
    final double[] edge = new double[N];
    final double[] tokens = new double[N];
    final double[] technique = new double[N];
    final double[] energyPerToken = new double[N];
    final double[] fusionCost = new double[N];
    final double[] spaceCost = new double[N];
    final double[][] region = new double[REGIONS.length][N];
    final double[][] source = new double[SupplySource.values().length][N];
  }
}
