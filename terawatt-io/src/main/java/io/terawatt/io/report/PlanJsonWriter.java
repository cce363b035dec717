package io.terawatt.io.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.ethics.Assessment;
import io.terawatt.ethics.Dilemma;
import io.terawatt.ethics.Indicator;
import io.terawatt.ethics.Ranking;
import io.terawatt.outlook.OutlookReport;
import io.terawatt.outlook.montecarlo.Band;
import io.terawatt.plan.AssessmentStage;
import io.terawatt.plan.FootprintStage;
import io.terawatt.plan.OutlookStage;
import io.terawatt.plan.PlanResult;
import io.terawatt.plan.ScheduleStage;
import io.terawatt.plan.SiteSupply;
import io.terawatt.supply.SupplyMetrics;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code results.json} of a plan: one object per stage ({@code footprint}, {@code supply}, {@code
 * schedule}, {@code assessment}, {@code outlook}), every figure with its unit in its key.
 */
public final class PlanJsonWriter {
  /** The five stage sections, in order. */
  public static final List<String> SECTIONS =
      List.of("footprint", "supply", "schedule", "assessment", "outlook");

  private PlanJsonWriter() {}

  /** The JSON text. */
  public static String write(PlanResult r) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("scenario", r.scenario());
    root.put("description", r.description());
    ObjectNode times = root.putObject("stage_times_s");
    r.stageTimes_s().forEach(times::put);
    times.put("total", r.totalTime_s());
    footprint(root.putObject("footprint"), r.footprint());
    supply(root.putObject("supply"), r.supply());
    schedule(root.putObject("schedule"), r.schedule());
    assessment(root.putObject("assessment"), r.assessment());
    outlook(root.putObject("outlook"), r.outlook());
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void footprint(ObjectNode n, FootprintStage f) {
    n.put("facility_load_MW", f.facilityLoad_MW());
    n.put("training_load_MW", f.trainingLoad_MW());
    n.put("inference_load_MW", f.inferenceLoad_MW());
    n.put("annual_facility_energy_MWh", f.annualFacilityEnergy_MWh());
    ArrayNode a = n.putArray("workloads");
    for (FootprintStage.WorkloadLoad w : f.workloads()) {
      ObjectNode o = a.addObject();
      o.put("name", w.name());
      o.put("kind", w.kind());
      o.put("facility_load_MW", w.facilityLoad_MW());
      o.put("annual_facility_energy_MWh", w.annualFacilityEnergy_MWh());
      o.put("operational_at_footprint_site_tCO2e", w.operational_tCO2e());
    }
  }

  private static void supply(ObjectNode n, List<SiteSupply> sites) {
    ArrayNode a = n.putArray("sites");
    for (SiteSupply s : sites) {
      ObjectNode o = a.addObject();
      o.put("site", s.site());
      o.put("zone", s.zone());
      o.put("year", s.year());
      o.put("method", s.method());
      s.weeks()
          .ifPresent(
              w -> {
                ObjectNode rw = o.putObject("representative_weeks");
                rw.put("count", w.count());
                ArrayNode first = rw.putArray("first_hour_of_year_h");
                for (int h : w.firstHour()) {
                  first.add(h);
                }
                ArrayNode weight = rw.putArray("weight_weeks");
                for (double x : w.weight_weeks()) {
                  weight.add(x);
                }
              });
      map(o.putObject("capacity_MW"), s.capacity_MW());
      map(o.putObject("adequacy_top_up_MW"), s.adequacyTopUp_MW());
      map(o.putObject("storage_power_MW"), s.storagePower_MW());
      map(o.putObject("storage_energy_MWh"), s.storageEnergy_MWh());
      if (Double.isFinite(s.cfeTarget_pct())) {
        o.put("cfe_target_pct", s.cfeTarget_pct());
      }
      o.put("cfe_matching", s.cfeMatching());
      SupplyMetrics m = s.metrics();
      o.put("load_MWh", m.load_MWh());
      map(o.putObject("energy_by_source_MWh"), m.energyBySource_MWh());
      o.put("hourly_cfe_pct", m.hourlyCfe_pct());
      o.put("annual_match_pct", m.annualMatch_pct());
      o.put("emissions_location_tCO2e", m.emissionsLocation_tCO2e());
      o.put("emissions_market_tCO2e", m.emissionsMarket_tCO2e());
      o.put("supply_intensity_gCO2e_per_kWh", s.supplyIntensity_gCO2e_per_kWh());
      o.put("mean_grid_intensity_gCO2e_per_kWh", s.meanGridIntensity_gCO2e_per_kWh());
      o.put("total_cost_USD_per_year", m.totalCost_USD());
      o.put("capacity_cost_USD_per_year", m.capacityCost_USD());
      o.put("plan_objective_USD_per_year", s.planObjective_USD());
      o.put("average_cost_USD_per_MWh", s.averageCost_USD_per_MWh());
      o.put("water_m3", m.water_m3());
      o.put("land_km2", m.land_km2());
      o.put("grid_import_MWh", m.gridImport_MWh());
      o.put("grid_export_MWh", m.gridExport_MWh());
      o.put("curtailed_MWh", m.curtailed_MWh());
      o.put("unserved_MWh", m.unserved_MWh());
      o.put("peak_grid_draw_MW", m.peakGridDraw_MW());
      o.put("max_energy_balance_error_MWh", m.maxEnergyBalanceError_MWh());
      o.put("solve_time_s", s.solveTime_s());
      ArrayNode missed = o.putArray("missed_targets");
      s.missedTargets().forEach(missed::add);
    }
  }

  private static void schedule(ObjectNode n, ScheduleStage s) {
    n.put("batch_share", s.batchShare());
    n.put("batch_load_MW", s.batchLoad_MW());
    n.put("slack_h", s.slack_h());
    n.put("job_length_h", s.jobLength_h());
    n.put("period_h", s.periodHours());
    ArrayNode z = n.putArray("zones");
    for (ScheduleStage.ZoneRow r : s.zones()) {
      ObjectNode o = z.addObject();
      o.put("site", r.site());
      o.put("zone", r.zone());
      o.put("policy", r.policy());
      o.put("emissions_kgCO2e", r.emissions_kgCO2e());
      o.put("reduction_vs_agnostic_pct", r.reductionVsAgnostic_pct());
      o.put("mean_wait_h", r.meanWait_h());
      o.put("annual_saving_tCO2e", r.annualSaving_tCO2e());
    }
    ArrayNode regions = n.putArray("fleet_regions");
    s.fleetRegions().forEach(regions::add);
    ArrayNode f = n.putArray("fleet");
    for (ScheduleStage.FleetRow r : s.fleet()) {
      ObjectNode o = f.addObject();
      o.put("policy", r.policy());
      o.put("emissions_kgCO2e", r.emissions_kgCO2e());
      o.put("reduction_vs_agnostic_pct", r.reductionVsAgnostic_pct());
      o.put("mean_wait_h", r.meanWait_h());
      o.put("jobs_moved", r.jobsMoved());
    }
  }

  private static void assessment(ObjectNode n, AssessmentStage a) {
    ArrayNode ind = n.putArray("indicators");
    for (Indicator i : a.indicators()) {
      ObjectNode o = ind.addObject();
      o.put("name", i.name());
      o.put("unit", i.unit());
      o.put("direction", i.direction().name().toLowerCase(Locale.ROOT));
      o.put("source", i.source());
    }
    ObjectNode values = n.putObject("values");
    a.values().forEach((site, v) -> map(values.putObject(site), v));
    if (!a.note().isEmpty()) {
      n.put("note", a.note());
    }
    if (a.assessment().isPresent()) {
      Assessment x = a.assessment().get();
      map(n.putObject("indicator_weights"), x.indicatorWeights());
      ObjectNode rankings = n.putObject("rankings");
      for (Map.Entry<String, Ranking> e : x.rankings().entrySet()) {
        ArrayNode best = rankings.putArray(e.getKey());
        e.getValue().bestFirst().forEach(best::add);
      }
      ArrayNode pareto = n.putArray("pareto");
      x.pareto().forEach(pareto::add);
      ArrayNode dilemmas = n.putArray("dilemmas");
      for (Dilemma d : x.dilemmas()) {
        ObjectNode o = dilemmas.addObject();
        o.put("a", d.a());
        o.put("b", d.b());
        ArrayNode fa = o.putArray("lenses_for_a");
        d.lensesForA().forEach(fa::add);
        ArrayNode fb = o.putArray("lenses_for_b");
        d.lensesForB().forEach(fb::add);
        ArrayNode dr = o.putArray("drivers");
        d.drivers().forEach(dr::add);
        o.put("explanation", d.explanation());
      }
      x.smaa()
          .ifPresent(
              s -> {
                ObjectNode sm = n.putObject("smaa");
                sm.put("samples", s.samples());
                ObjectNode first = sm.putObject("first_rank_acceptability_fraction");
                String[] names = x.problem().optionNames();
                for (int i = 0; i < names.length; i++) {
                  first.put(names[i], s.acceptability()[i][0]);
                }
              });
    }
  }

  private static void outlook(ObjectNode n, OutlookStage o) {
    OutlookReport r = o.report();
    n.put("scenario", r.scenario());
    n.put("samples", r.bands().samples());
    n.put("seed", r.bands().seed());
    n.put("year", o.year());
    n.put("global_electricity_p50_TWh", o.globalElectricityP50_TWh());
    n.put("scenario_electricity_TWh", o.scenarioElectricity_TWh());
    n.put("share_of_global_p50_pct", o.shareOfGlobalP50_pct());
    ArrayNode years = n.putArray("years");
    for (int y : r.years()) {
      years.add(y);
    }
    band(n.putObject("electricity_TWh"), r.bands().electricity_TWh());
    band(n.putObject("emissions_MtCO2e"), r.bands().emissions_MtCO2e());
    band(n.putObject("water_km3"), r.bands().water_km3());
    band(n.putObject("cost_billion_USD"), r.bands().cost_billion_USD());
  }

  private static void band(ObjectNode n, Band b) {
    array(n.putArray("p5"), b.p5());
    array(n.putArray("p50"), b.p50());
    array(n.putArray("p95"), b.p95());
  }

  private static void array(ArrayNode a, double[] v) {
    for (double x : v) {
      a.add(x);
    }
  }

  private static void map(ObjectNode n, Map<String, Double> m) {
    m.forEach(n::put);
  }
}
