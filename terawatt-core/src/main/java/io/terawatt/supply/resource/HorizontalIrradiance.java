package io.terawatt.supply.resource;

/**
 * Irradiance components at one instant.
 *
 * @param global_W_per_m2 global horizontal irradiance (GHI)
 * @param directNormal_W_per_m2 direct (beam) irradiance on a plane normal to the sun (DNI)
 * @param diffuse_W_per_m2 diffuse horizontal irradiance (DHI)
 */
public record HorizontalIrradiance(
    double global_W_per_m2, double directNormal_W_per_m2, double diffuse_W_per_m2) {}
