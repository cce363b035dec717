/**
 * Carbon Aware SDK-compatible endpoints: thin routes over {@link
 * io.terawatt.scheduling.CarbonAwareService}, and the live signals they serve (imported series from
 * the grid store, then the built-in typical years, all held in memory so queries never scan a
 * database). Field names follow the SDK; units are gCO2e/kWh for ratings.
 */
package io.terawatt.server.carbonaware;
