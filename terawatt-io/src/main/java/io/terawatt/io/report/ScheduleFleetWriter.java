package io.terawatt.io.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.scheduling.FleetResult;
import io.terawatt.scheduling.FleetStudy;
import io.terawatt.scheduling.PolicyEvaluation;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code terawatt schedule fleet}'s result: JSON with the problem's size and one object per
 * policy, or a table with a line on the baseline, the oracle and the problem.
 */
public final class ScheduleFleetWriter {
  private ScheduleFleetWriter() {}

  /** The JSON text. */
  public static String json(FleetResult r) {
    ObjectNode root = ScheduleJson.object();
    root.put("jobs", r.jobs());
    root.put("jobs_outside_period", r.jobsOutsidePeriod());
    root.put("regions", String.join(",", r.regions()));
    root.put("hours", r.hours());
    root.put("capacity_per_region_kW", r.capacityPerRegion_kW());
    root.put("elapsed_s", r.elapsed_s());
    ArrayNode results = root.putArray("results");
    r.rows().forEach(row -> row(results.addObject(), row));
    return ScheduleJson.text(root);
  }

  private static void row(ObjectNode n, FleetStudy.Row r) {
    PolicyEvaluation e = r.evaluation();
    n.put("policy", r.policy());
    n.put("emissions_kgCO2e", e.emissions_kgCO2e());
    n.put("baseline_emissions_kgCO2e", e.baselineEmissions_kgCO2e());
    n.put("oracle_emissions_kgCO2e", e.oracle_kgCO2e());
    n.put("oracle_exact", e.oracleExact());
    n.put("oracle_lower_bound_kgCO2e", e.oracleLowerBound_kgCO2e());
    n.put("savings_pct", e.savings_pct());
    ScheduleJson.putFinite(n, "share_of_oracle_savings_pct", e.shareOfOracleSavings_pct());
    n.put("deadline_misses", e.result().deadlineMisses());
    n.put("mean_wait_h", r.meanWait_h());
    n.put("jobs_moved", r.jobsMoved());
    n.put("energy_kWh", e.result().totalEnergy_kWh());
    n.put("cost_USD", e.result().totalCost_USD());
    n.put("baseline_cost_USD", e.baseline().totalCost_USD());
    n.put("elapsed_s", r.elapsed_s());
  }

  /** The table and its closing line. */
  public static String table(FleetResult r) {
    TextTable t =
        new TextTable(
            List.of(
                "policy",
                "emissions_kgCO2e",
                "savings_pct",
                "share_of_oracle_savings_pct",
                "deadline_misses",
                "mean_wait_h",
                "jobs_moved",
                "cost_USD",
                "elapsed_s"));
    for (FleetStudy.Row row : r.rows()) {
      PolicyEvaluation e = row.evaluation();
      t.row(
          List.of(
              row.policy(),
              ScheduleJson.fixed(e.emissions_kgCO2e(), 1),
              ScheduleJson.fixed(e.savings_pct(), 2),
              ScheduleJson.fixed(e.shareOfOracleSavings_pct(), 1),
              String.valueOf(e.result().deadlineMisses()),
              ScheduleJson.fixed(row.meanWait_h(), 2),
              String.valueOf(row.jobsMoved()),
              ScheduleJson.fixed(e.result().totalCost_USD(), 2),
              ScheduleJson.fixed(row.elapsed_s(), 2)));
    }
    return t.render() + closing(r);
  }

  private static String closing(FleetResult r) {
    PolicyEvaluation any = r.references();
    return String.format(
        Locale.ROOT,
        "Baseline %.1f kgCO2e; oracle %.1f kgCO2e (%s); lower bound %.1f kgCO2e; %d jobs, %d"
            + " regions, %.4g kW each;"
            + " %.2f s in all (forecaster fitting included).%n",
        any.baselineEmissions_kgCO2e(),
        any.oracle_kgCO2e(),
        any.oracleExact() ? "exact" : "perfect-information schedule in arrival order",
        any.oracleLowerBound_kgCO2e(),
        r.jobs(),
        r.regions().size(),
        r.capacityPerRegion_kW(),
        r.elapsed_s());
  }
}
