package io.terawatt.supply;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What a site file says about its grid connection (see {@code docs/supply.md}); every field is
 * empty when the file leaves it out, and {@link SupplySites} applies the defaults.
 *
 * @param zone built-in typical-year zone whose synthetic year is the hourly intensity
 * @param intensity_gCO2e_per_kWh a constant intensity instead of the zone's year
 * @param price_USD_per_MWh import price
 * @param carbonFreeShare carbon-free share of grid electricity, 0..1
 * @param importLimit_MW maximum import
 * @param exportLimit_MW maximum export
 * @param exportPriceFactor share of the price earned on exports, 0..1
 * @param residualMix_gCO2e_per_kWh market-based factor of imports
 * @param seed seed of the zone's synthetic year
 */
public record GridSpec(
    Optional<String> zone,
    OptionalDouble intensity_gCO2e_per_kWh,
    OptionalDouble price_USD_per_MWh,
    OptionalDouble carbonFreeShare,
    OptionalDouble importLimit_MW,
    OptionalDouble exportLimit_MW,
    OptionalDouble exportPriceFactor,
    OptionalDouble residualMix_gCO2e_per_kWh,
    OptionalLong seed) {}
