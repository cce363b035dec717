/**
 * Library calls with the semantics of the Green Software Foundation's Carbon Aware SDK (best
 * location at a time, best window of a forecast, average intensity over a period), on hourly
 * series, returning small records with explicit units for a later REST front end.
 */
package io.terawatt.scheduling.query;
