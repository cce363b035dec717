package io.terawatt.outlook.parameter;

import io.terawatt.supply.technology.Technology;
import io.terawatt.supply.technology.TechnologyCatalog;
import java.util.Optional;

/**
 * Every parameter of the outlook with its unit-bearing key, its default distribution and the source
 * of that distribution. Figures not checked against their primary source say "unverified". Growth
 * factors are "per year" multipliers (4.7 = ×4.7 per year); fractions are between 0 and 1.
 */
public enum OutlookParameter {
  // ----------------------------------------------------------------- baseline 2024
  US_DATACENTRE_2024_TWH(
      "us_datacentre_2024_TWh",
      new Triangular(176, 183, 192),
      "IEA Energy and AI (2025) regional split via Graphic News chart: US 183 TWh in 2024 (mode);"
          + " LBNL 2024 report 176 TWh for 2023 (min); LBNL 2025 update ~192 TWh for 2024 (max,"
          + " secondary)"),
  CHINA_DATACENTRE_2024_TWH(
      "china_datacentre_2024_TWh",
      Normal.nonNegative(102, 8),
      "IEA Energy and AI (2025) regional split: China 102 TWh in 2024; sd 8 TWh unverified"),
  EUROPE_DATACENTRE_2024_TWH(
      "europe_datacentre_2024_TWh",
      Normal.nonNegative(68, 5),
      "IEA Energy and AI (2025) regional split: Europe 68 TWh in 2024; sd 5 TWh unverified"),
  REST_OF_WORLD_DATACENTRE_2024_TWH(
      "rest_of_world_datacentre_2024_TWh",
      Normal.nonNegative(63, 6),
      "IEA Energy and AI (2025) regional split: Asia-Pacific ex China 48 + rest of world 15 TWh in"
          + " 2024; sd 6 TWh unverified"),
  US_GROWTH_2023_TO_2024_RATIO(
      "us_growth_2023_to_2024_ratio",
      new Uniform(1.04, 1.09),
      "183/176 (IEA US 2024 over LBNL US 2023) to 192/176 (LBNL 2025 update, secondary); used only"
          + " to compare the baseline with LBNL's 2023 figure"),
  AI_SHARE_2024_FRACTION(
      "ai_share_2024_fraction",
      new Triangular(0.10, 0.15, 0.22),
      "unverified: IEA Energy and AI (2025) is reported to put accelerated servers at ~15 % of"
          + " data-centre electricity in 2024 (share not retrieved in the stored material)"),
  INFERENCE_SHARE_OF_AI_2024_FRACTION(
      "inference_share_of_ai_2024_fraction",
      new Triangular(0.4, 0.55, 0.7),
      "unverified: IEA Key Questions on Energy and AI (2026) says the balance 'shifted decisively"
          + " from training to inference'; no measured share found"),
  // ----------------------------------------------------------------- demand growth
  TRAINING_COMPUTE_GROWTH_2024_PER_YEAR(
      "training_compute_growth_2024_per_year",
      LogNormal.fromP5P95(4.3, 5.2),
      "Epoch AI: training compute of notable models grows 4.7x/yr since 2010 (90 % CI 4.3-5.2);"
          + " frontier 4-5x/yr"),
  TRAINING_GROWTH_TAPER_YEARS(
      "training_growth_taper_years",
      new Triangular(1.5, 2.0, 4),
      "unverified: e-folding time of the log growth rate of aggregate training compute, chosen"
          + " so that the median run lands near IEA's 2030 Base Case (frontier runs may keep 4x/yr"
          + " to 2030 per Epoch AI 'Can AI scaling continue through 2030?', 2024; the fleet's"
          + " training compute grows slower)"),
  INFERENCE_DEMAND_GROWTH_2024_PER_YEAR(
      "inference_demand_growth_2024_per_year",
      new Triangular(1.2, 1.5, 2.0),
      "unverified: growth of tokens per day at constant cost per token (new users and uses); the"
          + " price response is the rebound parameter"),
  INFERENCE_GROWTH_TAPER_YEARS(
      "inference_growth_taper_years",
      new Triangular(4, 8, 15),
      "unverified: e-folding time of the log growth rate of inference demand"),
  HARDWARE_EFFICIENCY_DOUBLING_YEARS(
      "hardware_efficiency_doubling_years",
      new Triangular(1.7, 2.3, 3.0),
      "Epoch AI: leading ML hardware 50 % more energy-efficient per year (doubling ~1.7 yr);"
          + " Epoch 'Trends in ML hardware' (2023): ML GPU FLOP/J doubles ~every 3 yr"),
  HARDWARE_EFFICIENCY_TAPER_YEARS(
      "hardware_efficiency_taper_years",
      new Triangular(8, 15, 30),
      "unverified: e-folding time of the FLOP/J improvement rate (Koomey-style slowdown)"),
  ALGORITHMIC_EFFICIENCY_2024_PER_YEAR(
      "algorithmic_efficiency_2024_per_year",
      new Triangular(1.1, 1.3, 1.8),
      "unverified for inference: Ho et al. 2024 (Epoch) find compute for fixed LLM performance"
          + " halves every ~8 months (2.8x/yr, 95 % CI 5-14 months) in training; serving gains"
          + " (distillation, smaller models) assumed lower; excludes quantisation, MoE and sparse"
          + " attention, modelled separately"),
  ALGORITHMIC_EFFICIENCY_TAPER_YEARS(
      "algorithmic_efficiency_taper_years",
      new Triangular(5, 10, 20),
      "unverified: e-folding time of the algorithmic efficiency rate"),
  REBOUND_ELASTICITY(
      "rebound_elasticity",
      new Triangular(0.4, 0.8, 1.1),
      "unverified: no AI-specific price elasticity found (reference s3.6); demand scales by (cost"
          + " ratio)^-elasticity, Luccioni, Strubell & Crawford 2025 (arXiv 2501.16548) frame"
          + " the rebound; >1 means backfire"),
  NON_AI_GROWTH_2024_FRACTION_PER_YEAR(
      "non_ai_growth_2024_fraction_per_year",
      new Triangular(0.03, 0.07, 0.10),
      "unverified: conventional data-centre load; IEA Energy and AI (2025): all data centres"
          + " ~12 %/yr since 2017, accelerated servers ~30 %/yr to 2030"),
  NON_AI_GROWTH_TAPER_YEARS(
      "non_ai_growth_taper_years",
      new Triangular(8, 15, 25),
      "unverified: e-folding time of the non-AI growth rate"),
  // ----------------------------------------------------------------- efficiency techniques
  FP8_SERVING_SHARE_FINAL_FRACTION(
      "fp8_serving_share_final_fraction",
      new Triangular(0.3, 0.5, 0.7),
      "unverified: long-run share of tokens served with 8-bit weights"),
  FP4_SERVING_SHARE_FINAL_FRACTION(
      "fp4_serving_share_final_fraction",
      new Triangular(0.05, 0.25, 0.5),
      "unverified: long-run share of tokens served with 4-bit weights (INT4/FP4)"),
  QUANTISATION_MIDPOINT_YEAR(
      "quantisation_midpoint_year",
      new Uniform(2025, 2030),
      "unverified: year of half the final adoption (logistic, 2.5-year width)"),
  MOE_ACTIVE_PARAMETER_RATIO(
      "moe_active_parameter_ratio",
      new Triangular(0.04, 0.1, 0.3),
      "unverified (model cards from memory): DeepSeek-V3 37B/671B = 0.055, Llama 4 Maverick"
          + " 17B/400B = 0.043, Mixtral 8x7B 12.9B/46.7B = 0.28"),
  MOE_SHARE_FINAL_FRACTION(
      "moe_share_final_fraction",
      new Triangular(0.4, 0.7, 0.9),
      "unverified: long-run share of tokens served by mixtures of experts"),
  MOE_MIDPOINT_YEAR(
      "moe_midpoint_year",
      new Uniform(2024, 2029),
      "unverified: year of half the final adoption (logistic, 2.5-year width)"),
  SPARSE_ATTENTION_SHARE_FINAL_FRACTION(
      "sparse_attention_share_final_fraction",
      new Triangular(0.2, 0.5, 0.8),
      "unverified: long-run share of tokens served with local/global attention (Gemma 3 style,"
          + " 1 global layer in 6, 4,096-token window)"),
  SPARSE_ATTENTION_MIDPOINT_YEAR(
      "sparse_attention_midpoint_year",
      new Uniform(2026, 2033),
      "unverified: year of half the final adoption (logistic, 2.5-year width)"),
  SERVING_CONTEXT_TOKENS(
      "serving_context_tokens",
      new Triangular(4096, 16384, 65536),
      "unverified: average context a decoded token attends to (chat to agentic workloads)"),
  // ----------------------------------------------------------------- facility
  PUE_2024(
      "pue_2024",
      new Triangular(1.33, 1.38, 1.45),
      "IEA Key Questions on Energy and AI (2026) Annex A via third-party analysis: fleet PUE 1.38"
          + " in 2024 (secondary)"),
  PUE_DECLINE_FRACTION_PER_YEAR(
      "pue_decline_fraction_per_year",
      new Triangular(0.004, 0.011, 0.02),
      "IEA Base Case fleet PUE 1.38 -> 1.29 by 2030 = 1.1 %/yr (secondary); EPRI 2024: PUE gains"
          + " have plateaued since ~2018 (low end)"),
  WUE_2024_L_PER_KWH(
      "wue_2024_L_per_kWh",
      new Triangular(0.3, 0.57, 1.8),
      "on-site water per IT kWh: Microsoft 0.30 (FY2023, secondary), EcoLogits 0.569, industry"
          + " ~1.8 central (secondary, LBNL/Uptime)"),
  WUE_DECLINE_FRACTION_PER_YEAR(
      "wue_decline_fraction_per_year",
      new Triangular(0.0, 0.02, 0.05),
      "unverified: closed-loop cooling in new designs (Microsoft zero-water designs from 2024)"),
  // ----------------------------------------------------------------- edge
  EDGE_SHARE_FINAL_FRACTION(
      "edge_share_final_fraction",
      new Triangular(0.0, 0.15, 0.4),
      "unverified: long-run share of inference tokens generated on user devices"),
  EDGE_MIDPOINT_YEAR(
      "edge_midpoint_year",
      new Uniform(2027, 2035),
      "unverified: year of half the final edge share (logistic, 2.5-year width)"),
  DATACENTRE_INFERENCE_2024_J_PER_TOKEN(
      "datacentre_inference_2024_J_per_token",
      new Triangular(0.3, 1.0, 3.0),
      "unverified derivation: Elsworth et al. 2025 (arXiv 2508.15734) 0.24 Wh (864 J) per median"
          + " Gemini prompt over ~300-3,000 output tokens"),
  EDGE_DEVICE_2024_J_PER_TOKEN(
      "edge_device_2024_J_per_token",
      new Triangular(0.1, 0.4, 1.5),
      "unverified: phone/laptop NPU running a ~3B-parameter 4-bit model"),
  // ----------------------------------------------------------------- supply
  CLEAN_PROCUREMENT_2024_FRACTION(
      "clean_procurement_2024_fraction",
      new Triangular(0.05, 0.10, 0.20),
      "unverified: share of data-centre electricity met by dedicated carbon-free contracts"
          + " (Google hourly CFE 66 % in 2024 is the leader; industry far lower)"),
  CLEAN_PROCUREMENT_2050_FRACTION(
      "clean_procurement_2050_fraction",
      new Triangular(0.2, 0.5, 0.8),
      "unverified: same share in 2050 (linear in between)"),
  PROCUREMENT_NUCLEAR_FRACTION(
      "procurement_nuclear_fraction",
      new Triangular(0.1, 0.2, 0.4),
      "unverified: nuclear share of dedicated procurement (Microsoft-Constellation, Amazon-Talen"
          + " deals)"),
  PROCUREMENT_STORAGE_FIRMED_FRACTION(
      "procurement_storage_firmed_fraction",
      new Triangular(0.1, 0.2, 0.3),
      "unverified: share of procurement firmed with batteries (solar + battery)"),
  US_GRID_2024_GCO2E_PER_KWH(
      "us_grid_2024_gCO2e_per_kWh",
      Normal.nonNegative(384, 20),
      "unverified: Ember Global Electricity Review 2025, US 2024 (from memory)"),
  CHINA_GRID_2024_GCO2E_PER_KWH(
      "china_grid_2024_gCO2e_per_kWh",
      Normal.nonNegative(560, 25),
      "unverified: Ember Global Electricity Review 2025, China 2024 (from memory)"),
  EUROPE_GRID_2024_GCO2E_PER_KWH(
      "europe_grid_2024_gCO2e_per_kWh",
      Normal.nonNegative(240, 20),
      "unverified: Ember, EU-27 ~213 and wider Europe higher, 2024 (from memory)"),
  REST_OF_WORLD_GRID_2024_GCO2E_PER_KWH(
      "rest_of_world_grid_2024_gCO2e_per_kWh",
      Normal.nonNegative(480, 30),
      "unverified: Ember, world average 2024 ~473 (from memory)"),
  US_GRID_DECARBONISATION_FRACTION_PER_YEAR(
      "us_grid_decarbonisation_fraction_per_year",
      new Triangular(0.01, 0.035, 0.06),
      "unverified: US power-sector intensity fell ~3 %/yr 2005-2023 (EIA, from memory)"),
  CHINA_GRID_DECARBONISATION_FRACTION_PER_YEAR(
      "china_grid_decarbonisation_fraction_per_year",
      new Triangular(0.01, 0.03, 0.06),
      "unverified: assumption"),
  EUROPE_GRID_DECARBONISATION_FRACTION_PER_YEAR(
      "europe_grid_decarbonisation_fraction_per_year",
      new Triangular(0.02, 0.05, 0.08),
      "unverified: EU power-sector intensity fell ~4-6 %/yr 2015-2024 (Ember, from memory)"),
  REST_OF_WORLD_GRID_DECARBONISATION_FRACTION_PER_YEAR(
      "rest_of_world_grid_decarbonisation_fraction_per_year",
      new Triangular(0.005, 0.02, 0.04),
      "unverified: assumption"),
  US_GRID_WATER_L_PER_KWH(
      "us_grid_water_L_per_kWh",
      new Triangular(1.8, 3.1, 4.5),
      "Li et al. (CACM 2025): US EWIF 3.1 L/kWh consumption; LBNL 2024 implies ~4.5 (secondary);"
          + " Macknick-based US mix ~1.8 (secondary)"),
  CHINA_GRID_WATER_L_PER_KWH(
      "china_grid_water_L_per_kWh",
      new Triangular(3.0, 6.0, 7.0),
      "Jegham et al. 2025 (secondary, footprint reference): China 6.016 L/kWh"),
  EUROPE_GRID_WATER_L_PER_KWH(
      "europe_grid_water_L_per_kWh", new Triangular(1.0, 2.0, 3.5), "unverified: assumption"),
  REST_OF_WORLD_GRID_WATER_L_PER_KWH(
      "rest_of_world_grid_water_L_per_kWh",
      new Triangular(1.5, 3.0, 5.0),
      "unverified: assumption"),
  US_GRID_PRICE_USD_PER_MWH(
      "us_grid_price_USD_per_MWh",
      new Triangular(70, 80.6, 110),
      "Epoch AI from EIA: US industrial price 80.6 USD/MWh in 2023 (mode; footprint Site"
          + " default); range unverified"),
  CHINA_GRID_PRICE_USD_PER_MWH(
      "china_grid_price_USD_per_MWh", new Triangular(70, 90, 110), "unverified: assumption"),
  EUROPE_GRID_PRICE_USD_PER_MWH(
      "europe_grid_price_USD_per_MWh", new Triangular(100, 150, 220), "unverified: assumption"),
  REST_OF_WORLD_GRID_PRICE_USD_PER_MWH(
      "rest_of_world_grid_price_USD_per_MWh",
      new Triangular(70, 100, 140),
      "unverified: assumption"),
  // ----------------------------------------------------------------- fusion and space solar
  FUSION_FIRST_YEAR(
      "fusion_first_year",
      catalogFirstYear("fusion", 2032, 2045),
      "technology catalog availability of fusion (earliest-latest first year; CFS ARC early"
          + " 2030s, fleet after 2040)"),
  FUSION_FIRST_PLANT_GW(
      "fusion_first_plant_GW",
      new Fixed(0.4),
      "CFS ARC ~400 MW, Chesterfield County VA (cfs.energy; reference s1.8)"),
  FUSION_CAPACITY_DOUBLING_YEARS(
      "fusion_capacity_doubling_years",
      new Triangular(1.5, 2.5, 4.0),
      "unverified: doubling time of cumulative fusion capacity after the first plant"),
  FUSION_LEARNING_RATE_FRACTION(
      "fusion_learning_rate_fraction",
      new Triangular(0.05, 0.10, 0.20),
      "unverified: cost fall per doubling (Wright's law); Boehnlein 2026 (preprint) calls the"
          + " >30 % implied by mature-cost estimates 'rather optimistic'"),
  FUSION_FIRST_COST_USD_PER_MWH(
      "fusion_first_cost_USD_per_MWh",
      catalogCost("fusion", true, 150),
      "technology catalog fusion LCOE high (old EU PPCS/ARIES studies 5-8 EUR ct/kWh; prior"
          + " 50-150 USD/MWh)"),
  FUSION_DATACENTRE_OFFTAKE_FRACTION(
      "fusion_datacentre_offtake_fraction",
      new Triangular(0.2, 0.5, 0.8),
      "Google-CFS 200 MW of ARC's ~400 MW = 0.5 (press 2025, reference s1.8) as mode; range"
          + " unverified"),
  SPACE_SOLAR_FIRST_YEAR(
      "space_solar_first_year",
      catalogFirstYear("space_solar", 2040, 2050),
      "technology catalog availability of space solar (ESA SOLARIS 'competitive by 2040'; NASA"
          + " reference designs operate from 2050)"),
  SPACE_SOLAR_FIRST_PLANT_GW(
      "space_solar_first_plant_GW",
      new Fixed(2.0),
      "NASA OTPS Space-Based Solar Power (2024): reference designs of ~2 GW each"),
  SPACE_SOLAR_CAPACITY_DOUBLING_YEARS(
      "space_solar_capacity_doubling_years",
      new Triangular(2.0, 3.0, 5.0),
      "unverified: doubling time of cumulative space-solar capacity"),
  SPACE_SOLAR_LEARNING_RATE_FRACTION(
      "space_solar_learning_rate_fraction",
      new Triangular(0.05, 0.10, 0.20),
      "unverified; NASA OTPS 2024 sensitivity: +5 pp learning cuts LCOE ~8-10 %"),
  SPACE_SOLAR_FIRST_COST_USD_PER_MWH(
      "space_solar_first_cost_USD_per_MWh",
      catalogCost("space_solar", false, 610),
      "technology catalog space-solar LCOE low: NASA OTPS 2024 RD1 baseline 0.61 USD/kWh"),
  SPACE_SOLAR_DATACENTRE_OFFTAKE_FRACTION(
      "space_solar_datacentre_offtake_fraction",
      new Triangular(0.1, 0.3, 0.5),
      "unverified: share of space-solar output contracted by data centres");

  private final String key;
  private final Distribution defaultDistribution;
  private final String source;

  OutlookParameter(String key, Distribution defaultDistribution, String source) {
    this.key = key;
    this.defaultDistribution = defaultDistribution;
    this.source = source;
  }

  /** The key used in scenario files and reports, with its unit, e.g. {@code pue_2024}. */
  public String key() {
    return key;
  }

  /** The distribution of the built-in default scenario. */
  public Distribution defaultDistribution() {
    return defaultDistribution;
  }

  /** Where the default distribution comes from ("unverified" where not checked). */
  public String source() {
    return source;
  }

  /** The parameter with this key. */
  public static Optional<OutlookParameter> byKey(String key) {
    for (OutlookParameter p : values()) {
      if (p.key.equals(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static Distribution catalogFirstYear(String id, int earliest, int latest) {
    Optional<Technology> t = TechnologyCatalog.builtIn().find(id);
    int from = t.map(x -> x.availability().earliestYear()).orElse(earliest);
    int to = t.map(x -> x.availability().latestYear()).orElse(latest);
    return from < to ? new Uniform(from, to) : new Fixed(from);
  }

  private static Distribution catalogCost(String id, boolean high, double fallback) {
    double v =
        TechnologyCatalog.builtIn()
            .find(id)
            .map(x -> high ? x.costs().lcoeHigh_USD_per_MWh() : x.costs().lcoeLow_USD_per_MWh())
            .filter(Double::isFinite)
            .orElse(fallback);
    return new Fixed(v);
  }
}
