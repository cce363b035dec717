package io.terawatt.outlook.projection;

/** Where data-centre electricity comes from in the outlook. */
public enum SupplySource {
  /** The regional grid at its average intensity. */
  GRID("grid"),
  /** Dedicated wind and solar contracts. */
  RENEWABLES("renewables"),
  /** Dedicated nuclear contracts. */
  NUCLEAR("nuclear"),
  /** Dedicated solar firmed by batteries. */
  STORAGE_FIRMED("storage_firmed"),
  /** Fusion plants. */
  FUSION("fusion"),
  /** Space-based solar power. */
  SPACE_SOLAR("space_solar");

  private final String key;

  SupplySource(String key) {
    this.key = key;
  }

  /** Key used in reports. */
  public String key() {
    return key;
  }
}
