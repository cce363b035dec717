package io.terawatt.supply.technology;

import java.util.Optional;

/**
 * Supply-chain concentration of a technology's most concentrated input, for geopolitical criteria.
 *
 * @param item the input, for example PV manufacturing; {@code n/a} when not researched
 * @param topCountry the largest supplier; {@code n/a} when not researched
 * @param topCountryShare its share, 0..1; NaN when not researched
 * @param hhi Herfindahl–Hirschman index in percent² (0–10,000); here a lower bound, the top share
 *     squared, since only the top share is known; NaN when not researched
 * @param source source of the figures
 */
public record SupplyChain(
    String item, String topCountry, double topCountryShare, double hhi, Provenance source) {

  /** Validates ranges. */
  public SupplyChain {
    if (!Double.isNaN(topCountryShare)) {
      Checks.fraction(topCountryShare, "supply_chain_top_share");
    }
    if (!Double.isNaN(hhi) && !(hhi >= 0 && hhi <= 10_000)) {
      throw new IllegalArgumentException("The HHI (" + hhi + ") must be in [0, 10000].");
    }
    Checks.required(item, topCountry, source);
  }

  /** The top-country share when known. */
  public Optional<Double> share() {
    return Double.isNaN(topCountryShare) ? Optional.empty() : Optional.of(topCountryShare);
  }
}
