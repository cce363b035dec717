package io.terawatt.ethics;

import io.terawatt.ethics.allocation.AllocationRule;
import io.terawatt.ethics.allocation.HeatwaveScenario;
import io.terawatt.ethics.allocation.ScarcityAllocator;
import io.terawatt.ethics.allocation.ScarcityScenario;
import java.util.Arrays;
import java.util.List;

/**
 * The allocation-under-scarcity use case: shares the short supply of the built-in five-day heat
 * wave among essential community, other community and AI load under named rules.
 */
public final class AllocationService {
  private AllocationService() {}

  /** The rule names, in rule order. */
  public static List<String> ruleNames() {
    return Arrays.stream(AllocationRule.values()).map(AllocationRule::label).toList();
  }

  /** Whether a rule name is known. */
  public static boolean knowsRule(String name) {
    return AllocationRule.parse(name).isPresent();
  }

  /**
   * Runs the requested rule, or every rule.
   *
   * @throws IllegalArgumentException for an unknown rule name
   */
  public static AllocationReport allocate(AllocationRequest r) {
    ScarcityScenario s = HeatwaveScenario.builtIn();
    if (r.rule().isEmpty()) {
      return new AllocationReport(s, ScarcityAllocator.runAll(s));
    }
    AllocationRule rule =
        AllocationRule.parse(r.rule().get())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Unknown allocation rule '"
                            + r.rule().get()
                            + "'; the rules are "
                            + String.join(", ", ruleNames())
                            + "."));
    return new AllocationReport(s, List.of(ScarcityAllocator.run(s, rule)));
  }
}
