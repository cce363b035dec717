package io.terawatt.ethics.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shares each hour's supply among the groups under a rule. Balances hold every hour by construction
 * and are tested: grid energy served to all groups ≤ supply; per group, served + AI backup +
 * unserved = demand. Emissions: grid energy served × the hour's supply intensity plus backup energy
 * × backup intensity (g/kWh × MWh / 1000 = tCO2e).
 */
public final class ScarcityAllocator {
  private static final DemandGroup[] PRIORITY = {
    DemandGroup.ESSENTIAL, DemandGroup.OTHER_COMMUNITY, DemandGroup.AI
  };

  private ScarcityAllocator() {}

  /** Runs every rule. */
  public static List<AllocationResult> runAll(ScarcityScenario s) {
    List<AllocationResult> out = new ArrayList<>();
    for (AllocationRule r : AllocationRule.values()) {
      out.add(run(s, r));
    }
    return out;
  }

  /** Runs one rule over the scenario. */
  public static AllocationResult run(ScarcityScenario s, AllocationRule rule) {
    int hours = s.hours();
    int groups = DemandGroup.values().length;
    double[][] served = new double[groups][hours];
    double[][] unserved = new double[groups][hours];
    double[] backup = new double[hours];
    double[] curtailed = new double[hours];
    double[] price = new double[hours];
    double[] demand = new double[groups];
    double[] give = new double[groups];
    double emissions = 0;
    for (int h = 0; h < hours; h++) {
      double total = 0;
      for (DemandGroup g : DemandGroup.values()) {
        demand[g.ordinal()] = s.demand_MW(g, h);
        total += demand[g.ordinal()];
      }
      double supply = s.supply_MW()[h];
      Arrays.fill(give, 0);
      price[h] = s.normalPrice_USD_per_MWh();
      if (total <= supply) {
        System.arraycopy(demand, 0, give, 0, groups);
      } else {
        switch (rule) {
          case ESSENTIAL_FIRST -> inOrder(supply, demand, give, PRIORITY);
          case PROPORTIONAL -> {
            double share = supply / total;
            for (int g = 0; g < groups; g++) {
              give[g] = demand[g] * share;
            }
          }
          case PRICE_BASED -> price[h] = byPrice(supply, demand, give, s);
          case AI_CURTAILS_FIRST -> {
            int ai = DemandGroup.AI.ordinal();
            double cut = Math.min(total - supply, s.aiFlexibleShare() * demand[ai]);
            curtailed[h] = cut;
            double[] reduced = demand.clone();
            reduced[ai] -= cut;
            inOrder(supply, reduced, give, PRIORITY);
          }
        }
        if (rule != AllocationRule.PRICE_BASED) {
          price[h] = s.scarcityPrice_USD_per_MWh();
        }
      }
      double servedTotal = 0;
      for (int g = 0; g < groups; g++) {
        served[g][h] = give[g];
        servedTotal += give[g];
        unserved[g][h] = Math.max(0, demand[g] - give[g]);
      }
      int ai = DemandGroup.AI.ordinal();
      double backupNeed = Math.max(0, unserved[ai][h] - curtailed[h]);
      backup[h] = Math.min(backupNeed, s.aiBackup_MW());
      unserved[ai][h] -= backup[h];
      emissions +=
          servedTotal * s.supplyIntensity_gCO2e_per_kWh()[h] / 1000.0
              + backup[h] * s.backupIntensity_gCO2e_per_kWh() / 1000.0;
    }
    double[] unservedMWh = new double[groups];
    int[] shortHours = new int[groups];
    for (int g = 0; g < groups; g++) {
      for (int h = 0; h < hours; h++) {
        unservedMWh[g] += unserved[g][h];
        if (unserved[g][h] > 1e-9) {
          shortHours[g]++;
        }
      }
    }
    double mean = Arrays.stream(price).average().orElse(0);
    double max = Arrays.stream(price).max().orElse(0);
    return new AllocationResult(
        rule,
        served,
        unserved,
        backup,
        curtailed,
        price,
        unservedMWh,
        shortHours,
        emissions,
        mean,
        max);
  }

  /** Serves groups fully in order until the supply runs out. */
  private static void inOrder(double supply, double[] demand, double[] give, DemandGroup[] order) {
    double left = supply;
    for (DemandGroup g : order) {
      double x = Math.min(left, demand[g.ordinal()]);
      give[g.ordinal()] = x;
      left -= x;
    }
  }

  /** Serves the highest bids first; returns the bid of the first group not fully served. */
  private static double byPrice(double supply, double[] demand, double[] give, ScarcityScenario s) {
    double[] wtp = s.willingnessToPay_USD_per_MWh();
    DemandGroup[] order = DemandGroup.values().clone();
    Arrays.sort(
        order,
        (a, b) -> {
          int c = Double.compare(wtp[b.ordinal()], wtp[a.ordinal()]);
          return c != 0 ? c : Integer.compare(a.ordinal(), b.ordinal());
        });
    inOrder(supply, demand, give, order);
    for (DemandGroup g : order) {
      if (give[g.ordinal()] < demand[g.ordinal()] - 1e-9) {
        return wtp[g.ordinal()];
      }
    }
    return s.normalPrice_USD_per_MWh();
  }
}
