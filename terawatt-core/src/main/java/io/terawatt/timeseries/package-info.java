/**
 * Hourly series aligned to UTC hours: a start instant and one {@code double} per hour.
 *
 * <p>Values are hourly averages in the unit the caller names (for example {@code
 * intensity_gCO2e_per_kWh} or {@code load_MW}). Series combine only when their hours overlap as the
 * operation requires; otherwise the error names both ranges.
 */
package io.terawatt.timeseries;
