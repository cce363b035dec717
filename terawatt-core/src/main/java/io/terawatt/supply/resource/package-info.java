/**
 * Renewable resource profiles: hourly capacity factors for solar PV and wind, drawn from physical
 * models and seeded stochastic weather, as {@link io.terawatt.timeseries.HourlySeries} in unit
 * {@code capacity_factor} (output per unit of installed capacity, 0..1).
 *
 * <p>Solar: {@link io.terawatt.supply.resource.SolarPosition} (NOAA solar calculator) gives the
 * sun's position, {@link io.terawatt.supply.resource.ClearSkyIrradiance} the clear-sky global
 * irradiance (Haurwitz) and its direct/diffuse split (Erbs), {@link
 * io.terawatt.supply.resource.PlaneOfArray} the irradiance on a fixed or tracking module
 * (Hay-Davies), {@link io.terawatt.supply.resource.CloudinessProcess} a seeded clear-sky index, and
 * {@link io.terawatt.supply.resource.SolarProfile} the hourly PV output (PVWatts-style losses).
 *
 * <p>Wind: {@link io.terawatt.supply.resource.WindProfile} draws hub-height speeds from a Weibull
 * distribution with hourly persistence (a Gaussian AR(1) mapped through the probability integral
 * transform) and passes them through a {@link io.terawatt.supply.resource.PowerCurve}.
 *
 * <p>The package depends on {@code io.terawatt.timeseries} and the JDK only.
 */
package io.terawatt.supply.resource;
