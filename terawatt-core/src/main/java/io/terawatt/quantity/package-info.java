/**
 * Physical quantities as small immutable records whose single component is named after its unit.
 *
 * <p>Every dimension has one canonical unit (watts, watt-hours, grams of CO2e, gCO2e per kWh);
 * factories and accessors convert at the edges. Only physically meaningful operations exist, for
 * example {@code Power.times(Duration) -> Energy}. Hot loops use {@code double[]} with
 * unit-suffixed names instead of these types. The unit table is in {@code docs/units.md}.
 */
package io.terawatt.quantity;
