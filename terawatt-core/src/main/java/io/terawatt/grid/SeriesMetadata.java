package io.terawatt.grid;

/**
 * What a grid series is: every series carries its zone, quantity, signal, basis, unit and source.
 *
 * @param zone grid zone, for example {@code DE-LU} or {@code CAISO_NORTH}
 * @param quantity carbon intensity or price
 * @param signal average or marginal ({@code NOT_APPLICABLE} for prices)
 * @param basis life-cycle or direct ({@code NOT_APPLICABLE} for prices)
 * @param source where the values came from (file or provider)
 */
public record SeriesMetadata(
    String zone, GridQuantity quantity, Signal signal, EmissionBasis basis, String source) {

  /** Checks that carbon series name a signal and basis, and prices do not. */
  public SeriesMetadata {
    if (zone == null || zone.isBlank()) {
      throw new IllegalArgumentException("A grid series needs a zone.");
    }
    boolean carbon = quantity == GridQuantity.CARBON_INTENSITY;
    if (carbon && (signal == Signal.NOT_APPLICABLE || basis == EmissionBasis.NOT_APPLICABLE)) {
      throw new IllegalArgumentException(
          "A carbon-intensity series of "
              + zone
              + " must say whether it is average or marginal,"
              + " life-cycle or direct.");
    }
    if (!carbon && (signal != Signal.NOT_APPLICABLE || basis != EmissionBasis.NOT_APPLICABLE)) {
      throw new IllegalArgumentException("A price series of " + zone + " has no signal or basis.");
    }
  }

  /** An average, life-cycle carbon-intensity series. */
  public static SeriesMetadata averageLifecycle(String zone, String source) {
    return new SeriesMetadata(
        zone, GridQuantity.CARBON_INTENSITY, Signal.AVERAGE, EmissionBasis.LIFECYCLE, source);
  }

  /** A price series. */
  public static SeriesMetadata price(String zone, String source) {
    return new SeriesMetadata(
        zone,
        GridQuantity.ELECTRICITY_PRICE,
        Signal.NOT_APPLICABLE,
        EmissionBasis.NOT_APPLICABLE,
        source);
  }

  /** The unit of every value. */
  public String unit() {
    return quantity.unit();
  }

  /**
   * Fails unless {@code other} measures the same thing the same way: combining an average with a
   * marginal series, or life-cycle with direct, is an error, never a silent mix.
   */
  public void requireCombinableWith(SeriesMetadata other) {
    if (quantity != other.quantity || signal != other.signal || basis != other.basis) {
      throw new IllegalArgumentException(
          "Cannot combine "
              + describe()
              + " with "
              + other.describe()
              + ": quantity, signal and basis must match.");
    }
  }

  /** For example {@code DE-LU average lifecycle gCO2e_per_kWh}. */
  public String describe() {
    return quantity == GridQuantity.CARBON_INTENSITY
        ? zone + " " + signal.id() + " " + basis.id() + " " + unit()
        : zone + " price " + unit();
  }
}
