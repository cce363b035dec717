package io.terawatt.ethics;

import java.util.List;

/**
 * A pair of options that the lenses order differently.
 *
 * @param a the first option (preferred by the weighted sum, or by more lenses)
 * @param b the second option
 * @param lensesForA lenses and methods that rank a above b
 * @param lensesForB lenses and methods that rank b above a
 * @param drivers indicators that contribute most to the disagreement: the largest weighted
 *     normalised differences on each side, largest first
 * @param explanation plain English generated from the numbers, with what would have to change
 */
public record Dilemma(
    String a,
    String b,
    List<String> lensesForA,
    List<String> lensesForB,
    List<String> drivers,
    String explanation) {

  /** Copies the lists. */
  public Dilemma {
    lensesForA = List.copyOf(lensesForA);
    lensesForB = List.copyOf(lensesForB);
    drivers = List.copyOf(drivers);
  }
}
