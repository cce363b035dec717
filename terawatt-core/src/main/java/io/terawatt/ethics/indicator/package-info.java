/**
 * The catalog of standard ethics indicators (name with unit, direction, source) and small
 * calculators for the derived ones: Herfindahl-Hirschman concentration, Aqueduct water-stress
 * weighting, capacity-price impact on community bills, PM2.5 from backup generation and a
 * technology-risk score. Figures not checked against a primary source say "unverified".
 */
package io.terawatt.ethics.indicator;
