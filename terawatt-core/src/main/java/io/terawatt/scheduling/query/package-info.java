/**
 * The building blocks of the Carbon Aware SDK queries (points in a range, rolling windows, every
 * minimum) on one location's {@link io.terawatt.grid.SignalSeries}, used by {@link
 * io.terawatt.scheduling.CarbonAwareService}.
 */
package io.terawatt.scheduling.query;
