/**
 * The deterministic yearly model of the outlook: one parameter draw in, data-centre electricity,
 * emissions, water and cost for 2024–2050 out. Demand compounds tapering growth rates; efficiency
 * techniques act through the footprint engine's FLOPs-per-token and roofline formulas; supply
 * splits each region's electricity into grid, dedicated procurement, fusion and space solar.
 */
package io.terawatt.outlook.projection;
