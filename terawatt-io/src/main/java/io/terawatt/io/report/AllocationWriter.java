package io.terawatt.io.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.ethics.AllocationReport;
import io.terawatt.ethics.allocation.AllocationResult;
import io.terawatt.ethics.allocation.DemandGroup;
import io.terawatt.ethics.allocation.ScarcityScenario;
import java.util.ArrayList;
import java.util.List;

/** Writes allocation-under-scarcity results per rule as JSON or a table. */
public final class AllocationWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AllocationWriter() {}

  /** JSON of a report: {@code {scenario, hours, demand_MWh, supply_MWh, rules: [...]}}. */
  public static String json(AllocationReport report) {
    return json(report.scenario(), report.results());
  }

  /** A table of a report, one row per rule. */
  public static String table(AllocationReport report) {
    return table(report.scenario(), report.results());
  }

  /** JSON: {@code {scenario, hours, demand_MWh, supply_MWh, rules: [...]}}. */
  public static String json(ScarcityScenario s, List<AllocationResult> results) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("scenario", s.name());
    root.put("hours", s.hours());
    root.put("supply_MWh", s.supply_MWh());
    ObjectNode demand = root.putObject("demand_MWh");
    for (DemandGroup g : DemandGroup.values()) {
      demand.put(g.label(), s.demand_MWh(g));
    }
    ArrayNode rules = root.putArray("rules");
    for (AllocationResult r : results) {
      ObjectNode n = rules.addObject();
      n.put("rule", r.rule().label());
      ObjectNode un = n.putObject("unserved_MWh");
      ObjectNode hrs = n.putObject("shortfall_hours");
      for (DemandGroup g : DemandGroup.values()) {
        un.put(g.label(), r.unserved_MWh()[g.ordinal()]);
        hrs.put(g.label(), r.shortfallHours()[g.ordinal()]);
      }
      n.put("ai_backup_MWh", r.backup_MWh());
      n.put("ai_curtailed_MWh", r.curtailed_MWh());
      n.put("emissions_tCO2e", r.emissions_tCO2e());
      n.put("mean_price_USD_per_MWh", r.meanPrice_USD_per_MWh());
      n.put("max_price_USD_per_MWh", r.maxPrice_USD_per_MWh());
    }
    return root.toPrettyString() + "\n";
  }

  /** One row per rule. */
  public static String table(ScarcityScenario s, List<AllocationResult> results) {
    List<String> header = new ArrayList<>(List.of("rule"));
    for (DemandGroup g : DemandGroup.values()) {
      header.add(g.label() + " unserved_MWh");
      header.add("hours");
    }
    header.addAll(List.of("backup_MWh", "curtailed_MWh", "tCO2e", "mean USD/MWh", "max USD/MWh"));
    TextTable t = new TextTable(header);
    for (AllocationResult r : results) {
      List<String> row = new ArrayList<>(List.of(r.rule().label()));
      for (DemandGroup g : DemandGroup.values()) {
        row.add(TextTable.num(r.unserved_MWh()[g.ordinal()], 4));
        row.add(String.valueOf(r.shortfallHours()[g.ordinal()]));
      }
      row.add(TextTable.num(r.backup_MWh(), 4));
      row.add(TextTable.num(r.curtailed_MWh(), 4));
      row.add(TextTable.num(r.emissions_tCO2e(), 4));
      row.add(TextTable.num(r.meanPrice_USD_per_MWh(), 4));
      row.add(TextTable.num(r.maxPrice_USD_per_MWh(), 4));
      t.row(row);
    }
    return "Scenario " + s.name() + " (" + s.hours() + " h)\n" + t.render();
  }
}
