package io.terawatt.quantity;

/**
 * A non-negative volume of water consumed, stored in litres.
 *
 * @param litres the volume in L
 */
public record WaterVolume(double litres) implements Comparable<WaterVolume> {
  /** No water. */
  public static final WaterVolume ZERO = new WaterVolume(0);

  /** Rejects negative, NaN and infinite volumes. */
  public WaterVolume {
    Checks.finiteNonNegative(litres, "water_L");
  }

  /** A volume in L. */
  public static WaterVolume ofLitres(double litres) {
    return new WaterVolume(litres);
  }

  /** A volume in m³. */
  public static WaterVolume ofCubicMetres(double cubicMetres) {
    return new WaterVolume(cubicMetres * 1e3);
  }

  /** The volume in m³. */
  public double cubicMetres() {
    return litres / 1e3;
  }

  /** The volume in mL. */
  public double millilitres() {
    return litres * 1e3;
  }

  /** The sum of two volumes. */
  public WaterVolume plus(WaterVolume other) {
    return new WaterVolume(litres + other.litres);
  }

  @Override
  public int compareTo(WaterVolume other) {
    return Double.compare(litres, other.litres);
  }

  @Override
  public String toString() {
    return litres + " L";
  }
}
