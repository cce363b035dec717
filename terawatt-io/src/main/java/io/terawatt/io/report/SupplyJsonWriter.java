package io.terawatt.io.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.supply.SupplyMetrics;
import io.terawatt.supply.SupplyPlanResult;
import io.terawatt.supply.SupplySimulationResult;
import io.terawatt.supply.plan.BindingConstraint;
import io.terawatt.supply.plan.Infeasibility;
import io.terawatt.supply.plan.PlannedStorage;
import java.util.Locale;

/**
 * The JSON of {@code terawatt supply plan} and {@code supply simulate}: capacities, the year's
 * metrics with their units in the keys, and for a plan the solver's status and any target out of
 * reach with the limits that bind.
 */
public final class SupplyJsonWriter {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SupplyJsonWriter() {}

  /** The JSON text of a plan (no trailing newline). */
  public static String plan(SupplyPlanResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("site", r.site());
    root.put("year", r.year());
    root.put("objective_USD_per_year", r.plan().objective_USD());
    ObjectNode cap = root.putObject("capacity_MW");
    r.capacity_MW().forEach(cap::put);
    if (!r.adequacyTopUp_MW().isEmpty()) {
      ObjectNode top = root.putObject("adequacy_top_up_MW");
      r.adequacyTopUp_MW().forEach(top::put);
    }
    ObjectNode energy = root.putObject("storage_MWh");
    ObjectNode power = root.putObject("storage_power_MW");
    for (PlannedStorage s : r.plan().storage()) {
      energy.put(s.technology(), s.energy_MWh());
      power.put(s.technology(), s.power_MW());
    }
    metrics(root, r.metrics());
    root.put(
        "method",
        r.representativeWeeks() == 0
            ? "all hours"
            : r.representativeWeeks()
                + " representative weeks, year simulated with the capacities");
    root.put("elapsed_s", r.elapsed_s());
    root.put("solver", r.solver());
    root.put("solver_status", r.plan().status().name().toLowerCase(Locale.ROOT));
    root.put("solve_time_s", r.plan().solveTime().toMillis() / 1e3);
    ArrayNode inf = root.putArray("infeasibilities");
    for (Infeasibility i : r.plan().infeasibilities()) {
      ObjectNode n = inf.addObject();
      n.put("target", i.target().name().toLowerCase(Locale.ROOT));
      n.put("unit", i.target().unit());
      n.put("requested", i.requested());
      n.put("best_achievable", i.bestAchievable());
      ArrayNode b = n.putArray("binding");
      for (BindingConstraint c : i.binding()) {
        b.add(
            c.kind().name().toLowerCase(Locale.ROOT)
                + (c.subject().isEmpty() ? "" : ":" + c.subject()));
      }
    }
    return text(root);
  }

  /** The JSON text of a simulated year (no trailing newline). */
  public static String simulation(SupplySimulationResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("site", r.site().name());
    root.put("year", r.year());
    root.put("hours", r.site().hours());
    ObjectNode cap = root.putObject("capacity_MW");
    r.capacity_MW().forEach(cap::put);
    ObjectNode st = root.putObject("storage_MWh");
    r.storageEnergy_MWh().forEach(st::put);
    metrics(root, r.metrics());
    root.put("simulation_time_ms", r.simulation_ms());
    return text(root);
  }

  /** The year's figures, each key with its unit. */
  static void metrics(ObjectNode root, SupplyMetrics m) {
    root.put("hourly_cfe_pct", m.hourlyCfe_pct());
    root.put("annual_match_pct", m.annualMatch_pct());
    root.put("emissions_location_tCO2e", m.emissionsLocation_tCO2e());
    root.put("emissions_market_tCO2e", m.emissionsMarket_tCO2e());
    root.put("scope1_tCO2e", m.scope1_tCO2e());
    root.put("water_m3", m.water_m3());
    root.put("land_km2", m.land_km2());
    root.put("peak_grid_draw_MW", m.peakGridDraw_MW());
    root.put("max_energy_balance_error_MWh", m.maxEnergyBalanceError_MWh());
    root.put("load_MWh", m.load_MWh());
    root.put("grid_import_MWh", m.gridImport_MWh());
    root.put("grid_export_MWh", m.gridExport_MWh());
    root.put("curtailed_MWh", m.curtailed_MWh());
    root.put("unserved_MWh", m.unserved_MWh());
    root.put("total_cost_USD_per_year", m.totalCost_USD());
    root.put("capacity_cost_USD_per_year", m.capacityCost_USD());
    root.put("energy_cost_USD_per_year", m.energyCost_USD());
    root.put("grid_cost_USD_per_year", m.gridCost_USD());
    root.put("export_revenue_USD_per_year", m.exportRevenue_USD());
    root.put("unserved_cost_USD_per_year", m.unservedCost_USD());
    ObjectNode by = root.putObject("energy_by_source_MWh");
    m.energyBySource_MWh().forEach(by::put);
  }

  private static String text(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON", e);
    }
  }
}
