package io.terawatt.io.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.scheduling.ElasticRequest;
import io.terawatt.scheduling.ElasticResult;
import io.terawatt.scheduling.elastic.ElasticEvaluation;
import io.terawatt.scheduling.elastic.ElasticRun;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code terawatt schedule elastic}'s result: JSON of the policy's run with the baseline's
 * and oracle's emissions and the nodes by hour, or a table of the three runs.
 */
public final class ScheduleElasticWriter {
  private ScheduleElasticWriter() {}

  /** The JSON text. */
  public static String json(ElasticResult r) {
    ElasticRequest q = r.request();
    ElasticEvaluation e = r.evaluation();
    ObjectNode n = ScheduleJson.object();
    n.put("zone", q.zone());
    n.put("policy", e.run().policy());
    n.put("arrival", q.arrival().toString());
    n.put("deadline", q.deadline().toString());
    n.put("work_nodeHours", q.work_nodeHours());
    n.put("power_per_node_kW", q.powerPerNode_kW());
    n.put("emissions_kgCO2e", e.run().emissions_kgCO2e());
    n.put("energy_kWh", e.run().energy_kWh());
    n.put("completion_h", e.run().completion_h());
    n.put("max_nodes_used", e.run().maxNodesUsed());
    n.put("deadline_met", e.run().deadlineMet());
    n.put("baseline_emissions_kgCO2e", e.baseline().emissions_kgCO2e());
    n.put("baseline_energy_kWh", e.baseline().energy_kWh());
    n.put("baseline_completion_h", e.baseline().completion_h());
    n.put("oracle_emissions_kgCO2e", e.oracle().emissions_kgCO2e());
    n.put("savings_pct", e.savings_pct());
    n.put("oracle_savings_pct", e.oracleSavings_pct());
    n.put("profile_concave", e.profileConcave());
    n.put("forecast_model", e.forecastModel());
    ArrayNode nodes = n.putArray("nodes_by_hour");
    for (int k : e.run().allocation().peakNodes()) {
      nodes.add(k);
    }
    return ScheduleJson.text(n);
  }

  /** The table of the policy's, the baseline's and the oracle's runs, and a line on the job. */
  public static String table(ElasticResult r) {
    ElasticEvaluation e = r.evaluation();
    TextTable t =
        new TextTable(
            List.of(
                "policy",
                "emissions_kgCO2e",
                "energy_kWh",
                "completion_h",
                "max_nodes",
                "deadline_met",
                "savings_pct"));
    for (ElasticRun run : List.of(e.run(), e.baseline(), e.oracle())) {
      t.row(
          List.of(
              run.policy(),
              TextTable.num(run.emissions_kgCO2e(), 3),
              TextTable.num(run.energy_kWh(), 2),
              String.valueOf(run.completion_h()),
              String.valueOf(run.maxNodesUsed()),
              String.valueOf(run.deadlineMet()),
              TextTable.num(e.savingsOf_pct(run), 3)));
    }
    ElasticRequest q = r.request();
    return t.render()
        + String.format(
            Locale.ROOT,
            "Zone %s, %s to %s, %.1f single-node hours, %.3f kW per node;"
                + " profile concave: %s; forecasts: %s.%n",
            q.zone(),
            q.arrival(),
            q.deadline(),
            q.work_nodeHours(),
            q.powerPerNode_kW(),
            e.profileConcave(),
            e.forecastModel());
  }
}
