/**
 * The main job: one scenario in, one plan out. {@link io.terawatt.plan.PlanService} runs the
 * capabilities in turn, one small step class per stage (footprint → supply plan per candidate site
 * through {@code SupplyService} → carbon-aware schedule → ethical assessment of the sites →
 * outlook), each stage taking its inputs from the ones before and every zone's grid intensity drawn
 * once ({@code ZoneSignals}), and returns a {@link io.terawatt.plan.PlanResult} whose figures carry
 * their units in their names. {@link io.terawatt.plan.Scenario} and its parts hold what a scenario
 * says; their factories apply the documented defaults. This package may depend on every capability
 * package; none of them depends on it (ArchUnit).
 */
package io.terawatt.plan;
