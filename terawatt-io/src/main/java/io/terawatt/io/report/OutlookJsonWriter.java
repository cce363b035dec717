package io.terawatt.io.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.outlook.OutlookReport;
import io.terawatt.outlook.montecarlo.Band;
import io.terawatt.outlook.projection.ProjectionDetail;
import io.terawatt.outlook.projection.Region;
import io.terawatt.outlook.projection.SupplySource;
import io.terawatt.outlook.sensitivity.SensitivityIndex;
import java.util.List;
import java.util.Map;

/**
 * The outlook as JSON: {@code years}, the P5/P50/P95 bands of {@code electricity_TWh}, {@code
 * emissions_MtCO2e}, {@code water_km3} and {@code cost_billion_USD}, {@code sensitivity} (Sobol
 * indices of 2030 electricity, sorted by index descending; {@code index} is the total-order index),
 * {@code sensitivity_2040}, and the {@code central} projection's breakdown.
 */
public final class OutlookJsonWriter {
  private OutlookJsonWriter() {}

  /** The report as indented JSON. */
  public static String write(OutlookReport r) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("scenario", r.scenario());
    root.put("engine", r.engine());
    root.put("samples", r.bands().samples());
    root.put("seed", r.bands().seed());
    ArrayNode years = root.putArray("years");
    for (int y : r.years()) {
      years.add(y);
    }
    band(root.putObject("electricity_TWh"), r.bands().electricity_TWh());
    band(root.putObject("emissions_MtCO2e"), r.bands().emissions_MtCO2e());
    band(root.putObject("water_km3"), r.bands().water_km3());
    band(root.putObject("cost_billion_USD"), r.bands().cost_billion_USD());
    sensitivity(root.putArray("sensitivity"), r.sensitivity().getOrDefault(2030, List.of()));
    sensitivity(root.putArray("sensitivity_2040"), r.sensitivity().getOrDefault(2040, List.of()));
    root.put("sobol_base_samples", r.sobolBaseSamples());
    ObjectNode c = root.putObject("central");
    ProjectionDetail d = r.central();
    array(c.putArray("electricity_TWh"), d.outlook().electricity_TWh());
    array(c.putArray("training_it_TWh"), d.trainingIt_TWh());
    array(c.putArray("inference_it_TWh"), d.inferenceIt_TWh());
    array(c.putArray("non_ai_it_TWh"), d.nonAiIt_TWh());
    array(c.putArray("pue"), d.pue());
    array(c.putArray("edge_TWh"), d.edge_TWh());
    array(c.putArray("inference_tokens_per_day"), d.tokensPerDay());
    array(c.putArray("energy_per_token_factor"), d.energyPerTokenFactor());
    ObjectNode byRegion = c.putObject("electricity_by_region_TWh");
    for (Map.Entry<Region, double[]> e : d.electricityByRegion_TWh().entrySet()) {
      array(byRegion.putArray(e.getKey().key()), e.getValue());
    }
    ObjectNode bySource = c.putObject("electricity_by_source_TWh");
    for (Map.Entry<SupplySource, double[]> e : d.electricityBySource_TWh().entrySet()) {
      array(bySource.putArray(e.getKey().key()), e.getValue());
    }
    c.put(
        "fp8_energy_per_token_ratio",
        round(io.terawatt.outlook.projection.TechniqueFactors.fp8EnergyRatio()));
    c.put(
        "fp4_energy_per_token_ratio",
        round(io.terawatt.outlook.projection.TechniqueFactors.fp4EnergyRatio()));
    array(c.putArray("fusion_cost_USD_per_MWh"), d.fusionCost_USD_per_MWh());
    array(c.putArray("space_solar_cost_USD_per_MWh"), d.spaceSolarCost_USD_per_MWh());
    root.put("sampling_time_s", r.samplingSeconds());
    try {
      return mapper.writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void band(ObjectNode node, Band b) {
    array(node.putArray("p5"), b.p5());
    array(node.putArray("p50"), b.p50());
    array(node.putArray("p95"), b.p95());
  }

  private static void sensitivity(ArrayNode node, List<SensitivityIndex> list) {
    for (SensitivityIndex s : list) {
      ObjectNode o = node.addObject();
      o.put("parameter", s.parameter());
      o.put("index", round(s.total()));
      o.put("first_order", round(s.firstOrder()));
    }
  }

  private static void array(ArrayNode node, double[] values) {
    for (double v : values) {
      if (Double.isNaN(v)) {
        node.addNull();
      } else {
        node.add(round(v));
      }
    }
  }

  /** Four significant digits keep the output readable without hiding the model's precision. */
  private static double round(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v;
    }
    return new java.math.BigDecimal(v)
        .round(new java.math.MathContext(4, java.math.RoundingMode.HALF_EVEN))
        .doubleValue();
  }
}
