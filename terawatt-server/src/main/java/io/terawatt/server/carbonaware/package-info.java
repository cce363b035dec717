/**
 * Carbon Aware SDK-compatible endpoints over the grid data: imported series from the grid store,
 * built-in typical years for every other zone, all held in memory so queries never scan a database.
 * Field names follow the SDK; units are gCO2e/kWh for ratings.
 */
package io.terawatt.server.carbonaware;
