/**
 * Sharing energy under scarcity: an hourly simulation of a region whose supply falls short of
 * demand from essential community load, other community load and an AI campus, under named
 * allocation rules (essential first, proportional, price-based, AI curtails first). Reports
 * unserved energy, shortfall hours, clearing prices and emissions per rule, with a built-in
 * heat-wave scenario.
 */
package io.terawatt.ethics.allocation;
