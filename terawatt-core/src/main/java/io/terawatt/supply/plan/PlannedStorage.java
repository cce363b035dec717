package io.terawatt.supply.plan;

/**
 * Size chosen for one storage option.
 *
 * @param index position in the site's storage list
 * @param technology the option's technology
 * @param power_MW charge and discharge power of the plan, existing included
 * @param energy_MWh energy capacity of the plan, existing included
 */
public record PlannedStorage(int index, String technology, double power_MW, double energy_MWh) {

  /** Energy over power, hours; 0 without power. */
  public double duration_h() {
    return power_MW > 0 ? energy_MWh / power_MW : 0;
  }
}
