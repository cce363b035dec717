package io.terawatt.grid;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Emission factors (gCO2e per kWh generated) by production source, used to turn a production mix
 * into a production-based intensity.
 */
public final class EmissionFactors {
  /**
   * Oil-fired generation, gCO2e/kWh: Electricity Maps' default (from the UK Parliamentary Office of
   * Science and Technology); IPCC AR5 has no oil row.
   */
  public static final double OIL_GCO2E_PER_KWH = 650;

  private final String name;
  private final EmissionBasis basis;
  private final Map<String, Double> bySource;

  /** A named factor set. */
  public EmissionFactors(String name, EmissionBasis basis, Map<String, Double> bySource) {
    this.name = name;
    this.basis = basis;
    Map<String, Double> copy = new LinkedHashMap<>();
    bySource.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), v));
    this.bySource = Collections.unmodifiableMap(copy);
  }

  /**
   * IPCC AR5 WGIII Annex III Table A.III.2 life-cycle medians (Schlömer et al. 2014), read from
   * {@link LifecycleFactors#ipccAr5()}: coal 820, gas (combined cycle) 490, biomass (dedicated)
   * 230, geothermal 38, hydro 24, nuclear 12, solar (utility PV) 48, rooftop PV 41, CSP 27, wind
   * (onshore) 11, offshore wind 12. AR5 has no oil row, so oil takes {@value #OIL_GCO2E_PER_KWH}
   * (Electricity Maps' default, from the UK Parliamentary Office of Science and Technology).
   * Storage discharge is not a source of its own and carries 0 here.
   */
  public static EmissionFactors ipccAr5LifecycleMedians() {
    Map<String, Double> m = new LinkedHashMap<>();
    LifecycleFactors.ipccAr5().forEach((source, r) -> m.put(source, r.median_gCO2e_per_kWh()));
    m.put("oil", OIL_GCO2E_PER_KWH);
    m.put("battery_discharge", 0.0);
    m.put("hydro_discharge", 0.0);
    return new EmissionFactors("IPCC AR5 life-cycle medians", EmissionBasis.LIFECYCLE, m);
  }

  /** The factor set's name. */
  public String name() {
    return name;
  }

  /** Life-cycle or direct. */
  public EmissionBasis basis() {
    return basis;
  }

  /** The factor of a source (case-insensitive), if known. */
  public Optional<Double> factor(String source) {
    return Optional.ofNullable(bySource.get(source.toLowerCase(Locale.ROOT)));
  }

  /** The known source names. */
  public java.util.Set<String> sources() {
    return bySource.keySet();
  }

  /**
   * Production-based intensity of one hour: Σ MW_i × EF_i / Σ MW_i.
   *
   * @param productionMW generation by source for the hour (same order as {@code factors})
   * @param factors factor of each column
   * @return gCO2e/kWh, or NaN when nothing was produced
   */
  public static double intensity(double[] productionMW, double[] factors) {
    double emissions = 0;
    double total = 0;
    for (int i = 0; i < productionMW.length; i++) {
      double p = Math.max(0, productionMW[i]);
      emissions += p * factors[i];
      total += p;
    }
    return total > 0 ? emissions / total : Double.NaN;
  }
}
