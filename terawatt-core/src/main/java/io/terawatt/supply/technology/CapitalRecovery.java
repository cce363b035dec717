package io.terawatt.supply.technology;

/**
 * The capital recovery factor, which turns an overnight capital cost into equal annual payments:
 * CRF = r(1+r)^n / ((1+r)^n − 1), and 1/n when r = 0 (standard annuity; NREL ATB and EIA use it to
 * annualise capital).
 */
public final class CapitalRecovery {
  private CapitalRecovery() {}

  /**
   * The capital recovery factor.
   *
   * @param discountRate real discount rate per year, for example 0.07
   * @param life_years economic life in years, more than zero
   */
  public static double factor(double discountRate, double life_years) {
    if (!(discountRate >= 0) || !Double.isFinite(discountRate)) {
      throw new IllegalArgumentException(
          "The discount rate (" + discountRate + ") must be zero or more.");
    }
    if (!(life_years > 0) || !Double.isFinite(life_years)) {
      throw new IllegalArgumentException(
          "The economic life (" + life_years + " years) must be more than zero.");
    }
    if (discountRate == 0) {
      return 1 / life_years;
    }
    double growth = Math.pow(1 + discountRate, life_years);
    return discountRate * growth / (growth - 1);
  }
}
