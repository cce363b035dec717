package io.terawatt.quantity;

/**
 * An amount of money in US dollars. It may be negative (a credit or a saving).
 *
 * @param usd the amount in USD
 */
public record Money(double usd) implements Comparable<Money> {
  /** Zero dollars. */
  public static final Money ZERO = new Money(0);

  /** Rejects NaN and infinite amounts. */
  public Money {
    Checks.finite(usd, "cost_USD");
  }

  /** An amount in USD. */
  public static Money ofUsd(double usd) {
    return new Money(usd);
  }

  /** The sum of two amounts. */
  public Money plus(Money other) {
    return new Money(usd + other.usd);
  }

  @Override
  public int compareTo(Money other) {
    return Double.compare(usd, other.usd);
  }

  @Override
  public String toString() {
    return usd + " USD";
  }
}
