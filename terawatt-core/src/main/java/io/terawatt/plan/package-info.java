/**
 * The main job: one scenario in, one plan out. {@link io.terawatt.plan.PlanService} runs the
 * capabilities in turn (footprint → supply plan per candidate site → carbon-aware schedule →
 * ethical assessment of the sites → outlook), each stage taking its inputs from the ones before,
 * and returns a {@link io.terawatt.plan.PlanResult} whose figures carry their units in their names.
 * This package may depend on every capability package; none of them depends on it (ArchUnit).
 */
package io.terawatt.plan;
