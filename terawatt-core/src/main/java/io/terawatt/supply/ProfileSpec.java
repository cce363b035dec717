package io.terawatt.supply;

import io.terawatt.supply.resource.Mounting;
import io.terawatt.supply.resource.ResourceModel;
import io.terawatt.supply.resource.SolarPreset;
import io.terawatt.supply.resource.WindTurbine;
import io.terawatt.timeseries.HourlySeries;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What a site file says about a resource's hourly profile: a constant, a measured series, or a
 * model with its parameters. Empty fields take the defaults of {@link SupplySites} and of the
 * technology's catalog entry ({@code resource_model}, {@code wind_mean_speed_m_per_s}, {@code
 * wind_turbine}).
 *
 * @param model solar or wind
 * @param seed seed of the model's weather
 * @param preset solar climate
 * @param mounting solar mounting
 * @param meanSpeed_m_per_s wind's hub-height mean speed
 * @param turbine wind turbine
 * @param constant the same capacity factor in every hour, 0..1
 * @param measured capacity factors read from a file (renewables.ninja or PVGIS), any length
 */
public record ProfileSpec(
    Optional<ResourceModel> model,
    OptionalLong seed,
    Optional<SolarPreset> preset,
    Optional<Mounting> mounting,
    OptionalDouble meanSpeed_m_per_s,
    Optional<WindTurbine> turbine,
    OptionalDouble constant,
    Optional<HourlySeries> measured) {}
