/**
 * Readers for measured or modelled renewable capacity-factor series: renewables.ninja point CSV
 * ({@link io.terawatt.io.resource.RenewablesNinjaReader}) and PVGIS hourly {@code seriescalc} CSV
 * ({@link io.terawatt.io.resource.PvgisHourlyReader}). Both return an {@link
 * io.terawatt.timeseries.HourlySeries} in unit {@code capacity_factor} (output per unit of
 * installed capacity, 0..1, hours starting on whole UTC hours) and report every problem of a file
 * at once, with file, line, field and value, through {@link
 * io.terawatt.io.parse.InvalidInputException}.
 */
package io.terawatt.io.resource;
