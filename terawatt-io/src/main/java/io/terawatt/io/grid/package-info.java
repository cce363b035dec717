/**
 * Readers of hourly carbon-intensity series used by the footprint engine: the generic {@code
 * time,gCO2e_per_kWh} layout and Electricity Maps' hourly CSV exports (life-cycle column).
 */
package io.terawatt.io.grid;
