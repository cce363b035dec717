package io.terawatt.supply;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A generating resource of a site file: a catalog technology, its capacities and its hourly
 * profile.
 *
 * @param technology catalog identifier of a variable or dispatchable technology
 * @param existing_MW capacity already built or contracted; empty for none
 * @param max_MW upper bound when planning; empty for none
 * @param profile the hourly profile; empty for a dispatchable technology at its catalog
 *     availability
 */
public record ResourceSpec(
    String technology,
    OptionalDouble existing_MW,
    OptionalDouble max_MW,
    Optional<ProfileSpec> profile) {}
