package io.terawatt.outlook.projection;

/**
 * Wright's law (Wright 1936): each doubling of cumulative capacity cuts the unit cost by the
 * learning rate, cost = first cost · (cumulative / first cumulative)^log2(1 − learning rate).
 */
public final class WrightsLaw {
  private WrightsLaw() {}

  /**
   * Unit cost after learning.
   *
   * @param firstCost cost at the first cumulative capacity
   * @param cumulativeRatio cumulative capacity divided by the first cumulative capacity (≥ 1)
   * @param learningRate fractional cost fall per doubling, in [0, 1)
   */
  public static double cost(double firstCost, double cumulativeRatio, double learningRate) {
    if (!(cumulativeRatio >= 1)) {
      return firstCost;
    }
    return firstCost * Math.pow(cumulativeRatio, Math.log(1 - learningRate) / Math.log(2));
  }
}
