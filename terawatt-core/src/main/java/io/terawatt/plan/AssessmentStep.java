package io.terawatt.plan;

import io.terawatt.ethics.Assessment;
import io.terawatt.ethics.AssessmentSettings;
import io.terawatt.ethics.DecisionOption;
import io.terawatt.ethics.DecisionProblem;
import io.terawatt.ethics.EthicsAssessment;
import io.terawatt.ethics.Indicator;
import io.terawatt.ethics.Stakeholder;
import io.terawatt.ethics.indicator.IndicatorCatalog;
import io.terawatt.ethics.indicator.WaterStress;
import io.terawatt.footprint.Site;
import io.terawatt.supply.SupplyMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The assessment stage: the candidate sites as options, indicators from their supply plans (carbon
 * location- and market-based, water weighted by basin stress, land, cost, share of regional peak,
 * air pollution, supply-chain HHI, technology risk), ranked per lens.
 */
final class AssessmentStep {
  /** SMAA samples of the assessment (standard error below 0.012 per index; 1/√(4·2000)). */
  static final int SMAA_SAMPLES = 2_000;

  private AssessmentStep() {}

  static AssessmentStage run(Scenario scenario, List<SiteSupply> supply) {
    boolean peaks = scenario.sites().stream().allMatch(c -> c.regionalPeak_MW().isPresent());
    List<String> names = indicatorNames(peaks);
    List<Indicator> indicators = new ArrayList<>();
    for (String n : names) {
      indicators.add(IndicatorCatalog.find(n).orElseThrow());
    }
    Map<String, Map<String, Double>> values = new LinkedHashMap<>();
    List<DecisionOption> options = new ArrayList<>();
    for (int i = 0; i < supply.size(); i++) {
      SiteSupply s = supply.get(i);
      Map<String, Double> v = values(s, scenario.sites().get(i), peaks);
      values.put(s.site(), v);
      options.add(DecisionOption.ofCertain(s.site(), v));
    }
    if (options.size() < 2) {
      return new AssessmentStage(
          indicators,
          values,
          Optional.empty(),
          "One candidate site: the indicators are computed, but ranking needs two sites.");
    }
    DecisionProblem problem =
        new DecisionProblem(indicators, options, stakeholders(scenario, names), List.of());
    Assessment a =
        EthicsAssessment.assess(
            problem, new AssessmentSettings(SMAA_SAMPLES, scenario.outlook().seed(), Map.of()));
    return new AssessmentStage(indicators, values, Optional.of(a), "");
  }

  private static List<String> indicatorNames(boolean peaks) {
    List<String> names = new ArrayList<>();
    names.add("carbon_location_tCO2e");
    names.add("carbon_market_tCO2e");
    names.add("water_stress_weighted_m3");
    names.add("land_km2");
    names.add("cost_USD_per_year");
    if (peaks) {
      names.add("share_of_regional_peak_pct");
    }
    names.add("air_pollution_tPM25");
    names.add("supply_chain_hhi");
    names.add("technology_risk_score");
    return names;
  }

  private static Map<String, Double> values(SiteSupply s, CandidateSite c, boolean peaks) {
    SupplyMetrics m = s.metrics();
    Map<String, Double> v = new LinkedHashMap<>();
    v.put("carbon_location_tCO2e", m.emissionsLocation_tCO2e());
    v.put("carbon_market_tCO2e", m.emissionsMarket_tCO2e());
    // Generation water plus the facility's on-site cooling water at the footprint engine's
    // default WUE (Site.DEFAULT, cited in docs/footprint-model.md), weighted by basin stress.
    double cooling_m3 = m.load_MWh() * 1e3 * Site.DEFAULT.wueOnSiteLitresPerKwh() / 1e3;
    v.put(
        "water_stress_weighted_m3",
        WaterStress.weighted_m3(m.water_m3() + cooling_m3, c.waterStress()));
    v.put("land_km2", m.land_km2());
    v.put("cost_USD_per_year", m.totalCost_USD());
    if (peaks) {
      v.put(
          "share_of_regional_peak_pct",
          100 * m.peakGridDraw_MW() / c.regionalPeak_MW().getAsDouble());
    }
    SupplyMixIndicators mix = SupplyMixIndicators.of(s);
    v.put("air_pollution_tPM25", mix.pm25_t());
    v.put("supply_chain_hhi", mix.supplyChainHhi());
    v.put("technology_risk_score", mix.technologyRisk());
    return v;
  }

  /** The scenario's stakeholders with their weights on the computed indicators, if any. */
  private static List<Stakeholder> stakeholders(Scenario scenario, List<String> names) {
    List<Stakeholder> stakeholders = new ArrayList<>();
    Set<String> known = new LinkedHashSet<>(names);
    for (Stakeholder st : scenario.stakeholders()) {
      Map<String, Double> w = new LinkedHashMap<>();
      st.weights()
          .forEach(
              (k, x) -> {
                if (known.contains(k)) {
                  w.put(k, x);
                }
              });
      if (w.values().stream().mapToDouble(Double::doubleValue).sum() > 0) {
        stakeholders.add(new Stakeholder(st.name(), w));
      }
    }
    return stakeholders;
  }
}
