package io.terawatt.supply.technology;

import io.terawatt.supply.resource.ResourceModel;
import io.terawatt.supply.resource.WindTurbine;
import java.util.Optional;

/**
 * The resource model a technology's hourly profile is drawn from when a site file names none, and
 * the model's parameters.
 *
 * @param model solar or wind; empty for technologies without a weather profile (dispatchable,
 *     storage, import)
 * @param windMeanSpeed_m_per_s hub-height mean wind speed; NaN unless the model is wind
 * @param windTurbine the turbine; empty unless the model is wind
 * @param source where the defaults come from
 */
public record ResourceDefaults(
    Optional<ResourceModel> model,
    double windMeanSpeed_m_per_s,
    Optional<WindTurbine> windTurbine,
    Provenance source) {

  /** Requires the wind parameters exactly for the wind model. */
  public ResourceDefaults {
    Checks.required(model, windTurbine, source);
    boolean wind = model.equals(Optional.of(ResourceModel.WIND));
    if (wind != (windMeanSpeed_m_per_s > 0) || wind != windTurbine.isPresent()) {
      throw new IllegalArgumentException(
          "A wind resource model needs a positive mean speed and a turbine; other models neither.");
    }
  }
}
