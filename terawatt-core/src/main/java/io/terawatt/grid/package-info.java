/**
 * Grid signals: hourly carbon intensity (average or marginal, life-cycle or direct) and electricity
 * prices, with the metadata that keeps different signals from being mixed, clean-up of raw points
 * into hourly means with a report, production-mix intensity, and gap policies. Forecasting lives in
 * {@code grid.forecast}, typical years and synthetic years in {@code grid.typical}.
 */
package io.terawatt.grid;
