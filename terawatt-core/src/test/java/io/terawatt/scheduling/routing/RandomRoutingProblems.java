package io.terawatt.scheduling.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random routing problems for property tests: every origin has a region within the objective. */
public final class RandomRoutingProblems {
  private RandomRoutingProblems() {}

  /**
   * A problem with 1–4 origins, 2–6 regions and 1–3 hours; ample capacity means each region could
   * take all demand.
   */
  public static RoutingProblem random(Random rnd, boolean ample) {
    int no = 1 + rnd.nextInt(4);
    int nr = 2 + rnd.nextInt(5);
    int hours = 1 + rnd.nextInt(3);
    double[][] rtt = new double[no][nr];
    for (int o = 0; o < no; o++) {
      for (int r = 0; r < nr; r++) {
        rtt[o][r] = 5 + 200 * rnd.nextDouble();
      }
      rtt[o][rnd.nextInt(nr)] = 5; // every origin has a region within the objective
    }
    double[][] demand = new double[no][hours];
    double total = 0;
    for (int o = 0; o < no; o++) {
      for (int h = 0; h < hours; h++) {
        demand[o][h] = 100 + 1000 * rnd.nextDouble();
        total = Math.max(total, demand[o][h]);
      }
    }
    double[] cap = new double[nr];
    for (int r = 0; r < nr; r++) {
      cap[r] = ample ? total * no : 800 * rnd.nextDouble();
    }
    double[][] ci = new double[nr][hours];
    for (int r = 0; r < nr; r++) {
      for (int h = 0; h < hours; h++) {
        ci[r][h] = 20 + 700 * rnd.nextDouble();
      }
    }
    List<String> origins = new ArrayList<>();
    List<String> regions = new ArrayList<>();
    for (int o = 0; o < no; o++) {
      origins.add("o" + o);
    }
    for (int r = 0; r < nr; r++) {
      regions.add("r" + r);
    }
    return new RoutingProblem(origins, regions, rtt, 100, cap, ci, demand, 0.0005);
  }
}
