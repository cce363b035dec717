package io.terawatt.supply.plan;

/**
 * A limit that holds back the best achievable value of an infeasible target.
 *
 * <p>Named limits (land, water, grid, capacity, emissions) are found by their dual value in the
 * best-achievable programme: a limit binds when one more unit of it (km², m³, MW, tCO2e) would
 * improve the score by more than a billionth of its value. {@link Kind#AVAILABILITY} is found by
 * solving again with every named limit removed: if the target is still out of reach, the hourly
 * availability of carbon-free resources (with the storage options' duration and efficiency) is what
 * binds.
 *
 * @param kind which limit
 * @param subject the technology for capacity limits; empty otherwise
 * @param marginalValue improvement of the score per unit of the limit (fraction of load per unit
 *     for carbon-free targets, tCO2e per unit for emissions); NaN for availability
 */
public record BindingConstraint(Kind kind, String subject, double marginalValue) {

  /** Kinds of limit. */
  public enum Kind {
    /** The site's land limit. */
    LAND,
    /** The site's yearly water limit. */
    WATER,
    /** The grid connection's import limit, in at least one hour. */
    GRID_IMPORT_LIMIT,
    /** The grid connection's export limit, in at least one hour. */
    GRID_EXPORT_LIMIT,
    /** A generator technology's maximum capacity. */
    MAX_CAPACITY,
    /** A storage technology's maximum power. */
    MAX_STORAGE_POWER,
    /** The emissions cap (when a carbon-free target is out of reach under it). */
    EMISSIONS_CAP,
    /** The hourly availability of carbon-free resources. */
    AVAILABILITY
  }

  /** A name such as {@code land} or {@code max_capacity[solar_pv]}. */
  public String name() {
    String base = kind.name().toLowerCase(java.util.Locale.ROOT);
    return subject.isEmpty() ? base : base + "[" + subject + "]";
  }
}
