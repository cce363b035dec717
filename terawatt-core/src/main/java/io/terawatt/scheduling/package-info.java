/**
 * Carbon-aware operation: placing batch work (training and batch inference) in time and across
 * regions, and routing interactive inference, so that it runs on cleaner electricity.
 *
 * <p>A {@link io.terawatt.scheduling.ScheduleSimulator} holds a {@link
 * io.terawatt.scheduling.SchedulingPolicy} to account on hourly carbon-intensity series: online
 * policies see only forecasts issued from the past ({@link io.terawatt.scheduling.IntensityView}),
 * the oracle sees the actual series. Every percentage is measured against the carbon-agnostic
 * first-come-first-served baseline under the same capacity limits, and against the oracle's
 * savings. One comparison uses one signal type (average or marginal) for every region.
 */
package io.terawatt.scheduling;
