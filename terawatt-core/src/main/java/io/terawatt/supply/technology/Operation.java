package io.terawatt.supply.technology;

import java.util.OptionalInt;

/**
 * How a technology is operated.
 *
 * @param rampRate_pct_per_min ramp rate when online, percent of capacity per minute; NaN for n/a
 * @param rampSource source of the ramp rate
 * @param availabilityFactor constant availability after forced and planned outages, used for
 *     dispatchable plants; NaN for variable technologies, storage and imports
 * @param meritOrder dispatch class for {@link io.terawatt.supply.GeneratorOption#meritOrder()}
 *     (Terawatt convention: 0 must-take variable, 1 inflexible baseload, 2 flexible
 *     renewable/biomass, 3 flexible thermal, 4 peaking); empty for storage and imports
 * @param outageSource source of the availability factor
 */
public record Operation(
    double rampRate_pct_per_min,
    Provenance rampSource,
    double availabilityFactor,
    OptionalInt meritOrder,
    Provenance outageSource) {

  /** Validates ranges. */
  public Operation {
    Checks.nonNegativeOrNaN(rampRate_pct_per_min, "ramp_pct_per_min");
    if (!Double.isNaN(availabilityFactor)) {
      Checks.fraction(availabilityFactor, "availability_factor");
    }
    if (meritOrder == null) {
      meritOrder = OptionalInt.empty();
    }
    Checks.required(rampSource, outageSource);
  }
}
