/**
 * The embedded grid database (DuckDB): hourly carbon intensity and prices with their units in the
 * column names, issued forecasts, and an import log. Imports are idempotent; queries go by zone and
 * time range; exports write CSV or Parquet.
 */
package io.terawatt.io.store;
