package io.terawatt.ethics;

import io.terawatt.ethics.allocation.AllocationResult;
import io.terawatt.ethics.allocation.ScarcityScenario;
import java.util.List;

/**
 * How a short supply was shared under each rule.
 *
 * @param scenario the scarcity scenario
 * @param results one outcome per rule, in rule order
 */
public record AllocationReport(ScarcityScenario scenario, List<AllocationResult> results) {
  /** Copies the results. */
  public AllocationReport {
    results = List.copyOf(results);
  }
}
