/**
 * The {@code terawatt grid} commands: import grid files into the database, list and export what it
 * holds, forecast, evaluate forecasts, and build or check typical and synthetic years.
 */
package io.terawatt.cli.grid;
