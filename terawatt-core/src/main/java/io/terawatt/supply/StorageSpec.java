package io.terawatt.supply;

import java.util.OptionalDouble;

/**
 * A storage entry of a site file: a catalog technology and what is already built.
 *
 * @param technology catalog identifier of a storage technology
 * @param existingPower_MW power already built; empty for none
 * @param existingEnergy_MWh energy already built; empty for none
 * @param maxPower_MW upper bound on power when planning; empty for none
 */
public record StorageSpec(
    String technology,
    OptionalDouble existingPower_MW,
    OptionalDouble existingEnergy_MWh,
    OptionalDouble maxPower_MW) {}
