package io.terawatt.io.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.scheduling.RouteResult;
import io.terawatt.scheduling.routing.RoutingResult;
import io.terawatt.scheduling.routing.RoutingStudy;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code terawatt schedule route}'s result: JSON of the demand and of each routing (served
 * requests by region included), or a table of the two routings and a line on the problem.
 */
public final class ScheduleRouteWriter {
  private ScheduleRouteWriter() {}

  /** The JSON text. */
  public static String json(RouteResult r) {
    RoutingStudy.Outcome o = r.outcome();
    ObjectNode n = ScheduleJson.object();
    n.put("from", r.from().toString());
    n.put("hours", r.hours());
    n.put("slo_ms", r.slo_ms());
    n.put("requests_per_hour", r.requestsPerHour());
    n.put("energy_per_request_Wh", o.problem().energyPerRequest_kWh() * 1000);
    n.put("capacity_requests_per_hour", o.problem().capacity_requestsPerHour()[0]);
    n.put("savings_pct", o.savings_pct());
    for (RoutingResult routing : List.of(o.carbonAware(), o.nearest())) {
      routing(n.putObject(routing.policy()), routing, r.regions());
    }
    return ScheduleJson.text(n);
  }

  private static void routing(ObjectNode p, RoutingResult r, List<String> regions) {
    p.put("emissions_kgCO2e", r.emissions_kgCO2e());
    p.put("energy_kWh", r.energy_kWh());
    p.put("served_requests", r.served_requests());
    p.put("slo_violations_requests", r.sloViolations_requests());
    p.put("outside_slo_requests", r.outsideSlo_requests());
    p.put("unserved_requests", r.unserved_requests());
    p.put("mean_latency_ms", r.meanLatency_ms());
    ObjectNode by = p.putObject("served_by_region_requests");
    for (int i = 0; i < regions.size(); i++) {
      by.put(regions.get(i), r.servedByRegion_requests()[i]);
    }
  }

  /** The table of both routings and a line on regions, demand, energy, objective and capacity. */
  public static String table(RouteResult r) {
    RoutingStudy.Outcome o = r.outcome();
    TextTable t =
        new TextTable(
            List.of(
                "policy",
                "emissions_kgCO2e",
                "energy_kWh",
                "served_requests",
                "slo_violations",
                "unserved",
                "mean_latency_ms",
                "savings_pct"));
    for (RoutingResult routing : List.of(o.carbonAware(), o.nearest())) {
      t.row(
          List.of(
              routing.policy(),
              TextTable.num(routing.emissions_kgCO2e(), 3),
              TextTable.num(routing.energy_kWh(), 2),
              String.format(Locale.ROOT, "%.0f", routing.served_requests()),
              String.format(Locale.ROOT, "%.0f", routing.sloViolations_requests()),
              String.format(Locale.ROOT, "%.0f", routing.unserved_requests()),
              TextTable.num(routing.meanLatency_ms(), 1),
              TextTable.num(o.savingsOf_pct(routing), 3)));
    }
    return t.render()
        + String.format(
            Locale.ROOT,
            "%d regions, %d origins, %s + %d h; %.0f requests/h, %.1f output"
                + " tokens/request, %.4f Wh/request; SLO %.0f ms; capacity %.0f requests/h each.%n",
            r.regions().size(),
            r.originShares().size(),
            r.from(),
            r.hours(),
            r.requestsPerHour(),
            r.meanOutputTokens(),
            o.problem().energyPerRequest_kWh() * 1000,
            r.slo_ms(),
            o.problem().capacity_requestsPerHour()[0]);
  }
}
