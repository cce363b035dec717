package io.terawatt.quantity;

/** Argument checks shared by the quantity records, with messages that name the quantity. */
final class Checks {
  private Checks() {}

  static double finiteNonNegative(double value, String what) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(
          "The " + what + " (" + value + ") must be a finite number that is zero or more.");
    }
    return value;
  }

  static double finite(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "The " + what + " (" + value + ") must be a finite number.");
    }
    return value;
  }
}
