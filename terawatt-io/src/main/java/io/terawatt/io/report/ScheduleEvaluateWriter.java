package io.terawatt.io.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.scheduling.EvaluateResult;
import io.terawatt.scheduling.PolicyEvaluation;
import io.terawatt.scheduling.PolicySummary;
import io.terawatt.scheduling.ZoneStudy;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code terawatt schedule evaluate}'s result: one JSON object (one zone and policy) or
 * {@code {results: [...], median_by_policy: {...}}}, or a table with the signal and, over several
 * zones, each policy's medians. Numbers that are not defined are written as null or {@code -}.
 */
public final class ScheduleEvaluateWriter {
  private ScheduleEvaluateWriter() {}

  /** The JSON text. */
  public static String json(EvaluateResult r) {
    if (r.rows().size() == 1) {
      return ScheduleJson.text(row(r, r.rows().get(0)));
    }
    ObjectNode root = ScheduleJson.object();
    ArrayNode results = root.putArray("results");
    r.rows().forEach(row -> results.add(row(r, row)));
    ObjectNode summary = root.putObject("median_by_policy");
    for (Map.Entry<String, PolicySummary> m : r.summaryByPolicy().entrySet()) {
      ObjectNode s = summary.putObject(m.getKey());
      ScheduleJson.putFinite(s, "median_savings_pct", m.getValue().medianSavings_pct());
      ScheduleJson.putFinite(
          s, "median_share_of_oracle_savings_pct", m.getValue().medianShareOfOracleSavings_pct());
      ScheduleJson.putFinite(
          s, "pooled_share_of_oracle_savings_pct", m.getValue().pooledShareOfOracleSavings_pct());
    }
    return ScheduleJson.text(root);
  }

  private static ObjectNode row(EvaluateResult result, ZoneStudy.Row r) {
    PolicyEvaluation e = r.evaluation();
    ObjectNode n = ScheduleJson.object();
    n.put("policy", r.policy());
    n.put("zone", r.zone());
    n.put("jobs", r.jobs());
    ScheduleJson.putFinite(n, "emissions_kgCO2e", e.emissions_kgCO2e());
    ScheduleJson.putFinite(n, "baseline_emissions_kgCO2e", e.baselineEmissions_kgCO2e());
    ScheduleJson.putFinite(n, "oracle_emissions_kgCO2e", e.oracle_kgCO2e());
    ScheduleJson.putFinite(n, "savings_pct", e.savings_pct());
    ScheduleJson.putFinite(n, "share_of_oracle_savings_pct", e.shareOfOracleSavings_pct());
    n.put("deadline_misses", e.result().deadlineMisses());
    ScheduleJson.putFinite(n, "oracle_savings_pct", e.oracleSavings_pct());
    n.put("oracle_exact", e.oracleExact());
    n.put("oracle_lower_bound_kgCO2e", e.oracleLowerBound_kgCO2e());
    ScheduleJson.putFinite(n, "energy_kWh", e.result().totalEnergy_kWh());
    ScheduleJson.putFinite(n, "cost_USD", e.result().totalCost_USD());
    ScheduleJson.putFinite(n, "baseline_cost_USD", e.baseline().totalCost_USD());
    ScheduleJson.putFinite(n, "mean_wait_h", r.meanWait_h());
    n.put("jobs_outside_period", r.jobsOutsidePeriod());
    n.put("signal", ScheduleJson.lower(result.signal()));
    n.put("basis", ScheduleJson.lower(result.basis()));
    n.put("forecast_model", result.forecastModel());
    return n;
  }

  /** The table, the signal line and, over several zones, one line of medians per policy. */
  public static String table(EvaluateResult r) {
    TextTable t =
        new TextTable(
            List.of(
                "zone",
                "policy",
                "jobs",
                "emissions_kgCO2e",
                "baseline_kgCO2e",
                "oracle_kgCO2e",
                "savings_pct",
                "oracle_savings_pct",
                "share_of_oracle_pct",
                "deadline_misses"));
    for (ZoneStudy.Row row : r.rows()) {
      PolicyEvaluation e = row.evaluation();
      t.row(
          List.of(
              row.zone(),
              row.policy(),
              String.valueOf(row.jobs()),
              ScheduleJson.fixed(e.emissions_kgCO2e(), 3),
              ScheduleJson.fixed(e.baselineEmissions_kgCO2e(), 3),
              ScheduleJson.fixed(e.oracle_kgCO2e(), 3),
              ScheduleJson.fixed(e.savings_pct(), 2),
              ScheduleJson.fixed(e.oracleSavings_pct(), 2),
              ScheduleJson.fixed(e.shareOfOracleSavings_pct(), 1),
              String.valueOf(e.result().deadlineMisses())));
    }
    StringBuilder b = new StringBuilder(t.render());
    b.append(
        String.format(
            Locale.ROOT,
            "Signal: %s, %s; forecasts: %s; %d filled hours.%n",
            ScheduleJson.lower(r.signal()),
            ScheduleJson.lower(r.basis()),
            r.forecastModel(),
            r.filledHours()));
    if (r.zoneCount() > 1) {
      r.summaryByPolicy().forEach((policy, s) -> b.append(medians(policy, r.zoneCount(), s)));
    }
    return b.toString();
  }

  private static String medians(String policy, int zones, PolicySummary s) {
    return String.format(
        Locale.ROOT,
        "%s over %d zones: median savings %.2f %%, median share of oracle savings %.1f %%,"
            + " pooled share %.1f %%%n",
        policy,
        zones,
        s.medianSavings_pct(),
        s.medianShareOfOracleSavings_pct(),
        s.pooledShareOfOracleSavings_pct());
  }
}
