package io.terawatt.ethics;

import java.util.Optional;

/**
 * Allocation under scarcity on the built-in heat-wave scenario.
 *
 * @param rule the rule to apply ({@link AllocationService#ruleNames()}), or empty for every rule
 */
public record AllocationRequest(Optional<String> rule) {}
