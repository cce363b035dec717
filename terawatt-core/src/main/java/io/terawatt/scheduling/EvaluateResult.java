package io.terawatt.scheduling;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.Signal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link SchedulingService#evaluate} found: one row per zone and policy, zones in the order
 * asked, policies in the order asked within each zone.
 *
 * @param request what was asked
 * @param rows one zone's evaluation of one policy each
 */
public record EvaluateResult(EvaluateRequest request, List<ZoneStudy.Row> rows) {

  /** Copies the rows. */
  public EvaluateResult {
    rows = List.copyOf(rows);
  }

  /** The signal of the intensity every row was measured on. */
  public Signal signal() {
    return request.intensity().signal();
  }

  /** The emission basis of the intensity. */
  public EmissionBasis basis() {
    return request.intensity().basis();
  }

  /** Interior hours of the intensity that were missing and filled. */
  public int filledHours() {
    return request.intensity().filledHours();
  }

  /** The forecaster of the online policies. */
  public String forecastModel() {
    return request.forecastModel();
  }

  /** Number of zones evaluated. */
  public int zoneCount() {
    return rows.size() / request.policies().size();
  }

  /**
   * Each policy over the zones, by policy name in the order asked (meaningful when more than one
   * zone was evaluated).
   */
  public Map<String, PolicySummary> summaryByPolicy() {
    Map<String, List<PolicyEvaluation>> by = new LinkedHashMap<>();
    rows.forEach(r -> by.computeIfAbsent(r.policy(), k -> new ArrayList<>()).add(r.evaluation()));
    Map<String, PolicySummary> out = new LinkedHashMap<>();
    by.forEach((policy, evaluations) -> out.put(policy, PolicySummary.of(evaluations)));
    return out;
  }
}
