/**
 * The {@code terawatt outlook} commands: the Monte Carlo energy outlook 2024–2050 (in process or on
 * Spark), its calibration and its charts.
 */
package io.terawatt.cli.outlook;
