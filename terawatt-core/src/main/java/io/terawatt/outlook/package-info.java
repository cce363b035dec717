/**
 * The energy outlook 2024–2050: how much electricity data centres, and the AI in them, may use, and
 * the carbon, water and cost of supplying it, as percentile bands from a Monte Carlo over
 * documented parameter distributions. Subpackages: {@code parameter} (distributions, the parameter
 * list, scenarios), {@code projection} (the deterministic yearly model), {@code montecarlo}
 * (sampling and percentiles), {@code sensitivity} (Sobol indices) and {@code calibration}
 * (comparison with IEA, LBNL and Epoch AI). {@link io.terawatt.outlook.OutlookService} is the use
 * case front ends call.
 */
package io.terawatt.outlook;
