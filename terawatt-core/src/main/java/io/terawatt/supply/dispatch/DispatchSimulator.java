package io.terawatt.supply.dispatch;

import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.GridConnection;
import io.terawatt.supply.HourlyFlows;
import io.terawatt.supply.OptionKind;
import io.terawatt.supply.StorageOption;
import io.terawatt.supply.SupplyMetrics;
import io.terawatt.supply.SupplySite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Simulates a year hour by hour with the site's built capacities ({@code existingCapacity_MW},
 * {@code existingPower_MW}, {@code existingEnergy_MWh}).
 *
 * <p>Each hour: (1) variable renewables produce up to capacity × capacity factor; (2) a surplus
 * charges storage (up to its power and free energy, with √η losses), is exported up to the limit,
 * and the rest is curtailed; a deficit is met by storage discharge, then by dispatchable plants and
 * grid imports in order of marginal cost (each plant's variable cost against the hour's import
 * price; the option's {@code meritOrder} breaks ties), and whatever remains is unserved. Storage
 * starts half full. Supply equals use every hour by construction.
 */
public final class DispatchSimulator {
  private DispatchSimulator() {}

  /** Simulates the site's year. */
  public static DispatchResult simulate(SupplySite site) {
    int n = site.hours();
    List<GeneratorOption> gens = site.generators();
    List<StorageOption> stores = site.storage();
    HourlyFlows f = HourlyFlows.empty(site);
    GridConnection grid = site.grid();
    int gCount = gens.size();
    int sCount = stores.size();
    double[] soc = new double[sCount];
    for (int s = 0; s < sCount; s++) {
      soc[s] = 0.5 * stores.get(s).existingEnergy_MWh();
    }
    List<Integer> dispatchable = new ArrayList<>();
    List<Integer> variable = new ArrayList<>();
    for (int g = 0; g < gCount; g++) {
      (gens.get(g).kind() == OptionKind.VARIABLE ? variable : dispatchable).add(g);
    }
    Integer[] order = dispatchable.toArray(new Integer[0]);
    double[] available = new double[gCount];
    for (int h = 0; h < n; h++) {
      double load = site.loadAt(h);
      double variableTotal = 0;
      for (int g : variable) {
        GeneratorOption o = gens.get(g);
        available[g] = o.existingCapacity_MW() * o.availabilityAt(h);
        variableTotal += available[g];
      }
      double net = load - variableTotal;
      if (net <= 0) {
        double surplus = -net;
        for (int g : variable) {
          f.generation_MW()[g][h] = available[g];
        }
        for (int s = 0; s < sCount && surplus > 0; s++) {
          StorageOption st = stores.get(s);
          double room = (st.existingEnergy_MWh() - soc[s]) / st.chargeEfficiency();
          double c = Math.min(surplus, Math.min(st.existingPower_MW(), Math.max(0, room)));
          f.charge_MW()[s][h] = c;
          soc[s] += c * st.chargeEfficiency();
          surplus -= c;
        }
        double export = Math.min(surplus, grid.exportLimit_MW());
        f.gridExport_MW()[h] = export;
        surplus -= export;
        if (surplus > 0 && variableTotal > 0) {
          double share = surplus / variableTotal;
          for (int g : variable) {
            double cut = available[g] * share;
            f.curtailment_MW()[g][h] = cut;
            f.generation_MW()[g][h] = available[g] - cut;
          }
        }
      } else {
        for (int g : variable) {
          f.generation_MW()[g][h] = available[g];
        }
        double deficit = net;
        for (int s = 0; s < sCount && deficit > 0; s++) {
          StorageOption st = stores.get(s);
          double d =
              Math.min(deficit, Math.min(st.existingPower_MW(), soc[s] * st.dischargeEfficiency()));
          f.discharge_MW()[s][h] = d;
          soc[s] -= d / st.dischargeEfficiency();
          deficit -= d;
        }
        final int hour = h;
        java.util.Arrays.sort(
            order,
            Comparator.comparingDouble((Integer g) -> gens.get(g).variableCost_USD_per_MWh())
                .thenComparingInt(g -> gens.get(g).meritOrder()));
        boolean importUsed = false;
        for (int k = 0; k <= order.length && deficit > 0; k++) {
          boolean importNow =
              !importUsed
                  && (k == order.length
                      || grid.priceAt(hour) < gens.get(order[k]).variableCost_USD_per_MWh());
          if (importNow) {
            double imp = Math.min(deficit, grid.importLimit_MW());
            f.gridImport_MW()[h] = imp;
            deficit -= imp;
            importUsed = true;
            k--;
            continue;
          }
          if (k == order.length) {
            break;
          }
          int g = order[k];
          GeneratorOption o = gens.get(g);
          double p = Math.min(deficit, o.existingCapacity_MW() * o.availabilityAt(h));
          f.generation_MW()[g][h] = p;
          deficit -= p;
        }
        f.unserved_MW()[h] = Math.max(0, deficit);
      }
      for (int s = 0; s < sCount; s++) {
        f.stateOfCharge_MWh()[s][h] = soc[s];
      }
    }
    return new DispatchResult(f, SupplyMetrics.of(site, f));
  }
}
