/**
 * Grid signals: hourly carbon intensity (average or marginal, life-cycle or direct) and electricity
 * prices, with the metadata that keeps different signals from being mixed, clean-up of raw points
 * into hourly means with a report, production-mix intensity, and gap policies. Forecasting lives in
 * {@code grid.forecast}, typical years and synthetic years in {@code grid.typical}.
 *
 * <p>Front ends call the services of this package with request records: {@link
 * io.terawatt.grid.GridForecastService}, {@link io.terawatt.grid.ForecastEvaluationService}, {@link
 * io.terawatt.grid.GridQueryService} and {@link io.terawatt.grid.TypicalYearService}. Stored
 * history is read through the {@link io.terawatt.grid.GridArchive} port, which terawatt-io's grid
 * database implements.
 */
package io.terawatt.grid;
