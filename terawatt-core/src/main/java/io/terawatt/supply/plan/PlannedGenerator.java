package io.terawatt.supply.plan;

/**
 * Capacity chosen for one generator option.
 *
 * @param index position in the site's generator list
 * @param technology the option's technology
 * @param existingCapacity_MW capacity the site already had (the lower bound)
 * @param capacity_MW capacity of the plan, existing included
 */
public record PlannedGenerator(
    int index, String technology, double existingCapacity_MW, double capacity_MW) {

  /** Capacity added by the plan. */
  public double newCapacity_MW() {
    return Math.max(0, capacity_MW - existingCapacity_MW);
  }
}
