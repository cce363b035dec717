package io.terawatt.plan;

import io.terawatt.ethics.indicator.TechnologyRisk;
import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.StorageOption;
import io.terawatt.supply.SupplySite;
import io.terawatt.supply.technology.Technology;
import io.terawatt.supply.technology.TechnologyCatalog;
import java.util.Optional;

/**
 * The assessment's indicators of a site's energy mix, from each technology's catalog entry and its
 * energy over the year: PM2.5 (the catalog's {@code pm25_g_per_kWh}; not estimated counts as 0),
 * and the energy-weighted supply-chain HHI and technology-risk score (technologies without an HHI
 * are left out of both means).
 *
 * @param pm25_t fine particulate over the year, tonnes
 * @param supplyChainHhi energy-weighted Herfindahl-Hirschman index of the supply chains
 * @param technologyRisk energy-weighted technology-risk score
 */
record SupplyMixIndicators(double pm25_t, double supplyChainHhi, double technologyRisk) {

  static SupplyMixIndicators of(SiteSupply s) {
    TechnologyCatalog catalog = TechnologyCatalog.builtIn();
    double pm = 0;
    double energy = 0;
    double hhi = 0;
    double risk = 0;
    SupplySite built = s.builtSite();
    for (int g = 0; g < built.generators().size(); g++) {
      GeneratorOption o = built.generators().get(g);
      double e = sum(s.flows().generation_MW()[g]);
      Optional<Technology> t = catalog.find(o.technology());
      pm += e * 1e3 * pm25_g_per_kWh(t) / 1e6;
      double[] hr = hhiAndRisk(t);
      if (e > 0 && !Double.isNaN(hr[0])) {
        energy += e;
        hhi += e * hr[0];
        risk += e * hr[1];
      }
    }
    for (int st = 0; st < built.storage().size(); st++) {
      StorageOption o = built.storage().get(st);
      double e = sum(s.flows().discharge_MW()[st]);
      double[] hr = hhiAndRisk(catalog.find(o.technology()));
      if (e > 0 && !Double.isNaN(hr[0])) {
        energy += e;
        hhi += e * hr[0];
        risk += e * hr[1];
      }
    }
    return new SupplyMixIndicators(
        pm, energy > 0 ? hhi / energy : 0, energy > 0 ? risk / energy : 0);
  }

  /** The catalog's PM2.5 factor, g/kWh; 0 when unknown or not estimated. */
  static double pm25_g_per_kWh(Optional<Technology> tech) {
    double f = tech.map(t -> t.emissions().pm25_g_per_kWh()).orElse(0.0);
    return Double.isNaN(f) ? 0 : f;
  }

  /**
   * Supply-chain HHI and technology-risk score of a catalog technology; NaN when the technology or
   * its HHI is unknown (then its energy is left out of both energy-weighted means).
   */
  static double[] hhiAndRisk(Optional<Technology> tech) {
    if (tech.isEmpty() || !Double.isFinite(tech.get().supplyChain().hhi())) {
      return new double[] {Double.NaN, Double.NaN};
    }
    Technology t = tech.get();
    return new double[] {
      t.supplyChain().hhi(),
      TechnologyRisk.score(
          t.maturity().trl(), t.availability().latestYear() - t.availability().earliestYear())
    };
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }
}
