package io.terawatt.plan;

import io.terawatt.outlook.parameter.Scenario;

/**
 * The outlook run of a plan.
 *
 * @param scenario the outlook scenario (built-in or with overrides)
 * @param samples Monte Carlo samples
 * @param seed Monte Carlo seed
 */
public record OutlookSettings(Scenario scenario, int samples, long seed) {}
