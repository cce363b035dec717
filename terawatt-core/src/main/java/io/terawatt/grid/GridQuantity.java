package io.terawatt.grid;

/** What a grid series measures, with its canonical unit. */
public enum GridQuantity {
  /** Carbon intensity of electricity. */
  CARBON_INTENSITY("gCO2e_per_kWh", 0, 3000),
  /** Electricity price; negative prices and scarcity spikes are real. */
  ELECTRICITY_PRICE("USD_per_MWh", -10_000, 100_000);

  private final String unit;
  private final double min;
  private final double max;

  /**
   * Bounds of physically possible values. Carbon intensity: 0 to 3000 gCO2e/kWh (lignite, the
   * dirtiest fuel, is about 1,100-1,300 life-cycle). Prices: -10,000 to 100,000 USD/MWh, wider than
   * any market's caps (ERCOT 5,000 USD/MWh; NEM 15,500 AUD/MWh).
   */
  GridQuantity(String unit, double min, double max) {
    this.unit = unit;
    this.min = min;
    this.max = max;
  }

  /** Whether a value is physically possible for this quantity. */
  public boolean isPossible(double value) {
    return value >= min && value <= max;
  }

  /** The possible range as text, for messages. */
  public String range() {
    return "[" + min + ", " + max + "] " + unit;
  }

  /** The canonical unit, for example {@code gCO2e_per_kWh}. */
  public String unit() {
    return unit;
  }
}
