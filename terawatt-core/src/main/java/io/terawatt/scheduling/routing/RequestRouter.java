package io.terawatt.scheduling.routing;

import io.terawatt.scheduling.PolicyRole;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The two routing policies, hour by hour (requests of one hour are served in that hour; capacities
 * renew every hour).
 *
 * <p><b>Carbon-aware (CASPER's routing step, Souza et al. 2023).</b> Each hour solves the
 * transportation problem {@code min Σ_{o,r} e · I_r(h) · x_or} subject to {@code Σ_r x_or = d_o(h)}
 * and {@code Σ_o x_or ≤ cap_r}, over arcs with {@code rtt(o, r) ≤ SLO}, exactly as a minimum-cost
 * flow (successive shortest paths). Requests that cannot be served within the objective because
 * capacity there is short are served beyond it, least-carbon first; requests beyond every region's
 * capacity are dropped. The order is lexicographic: first fewest violations, then fewest dropped,
 * then least carbon (penalties {@value #OUTSIDE_SLO_PENALTY} and twice that per request, far above
 * any intensity in gCO2e/kWh).
 *
 * <p><b>Baseline.</b> Each origin's requests go to its nearest region (least round trip), spilling
 * to the next nearest when a region is full; origins are served in the order given.
 */
public final class RequestRouter {
  /** Cost added per request served beyond the objective (in units of gCO2e/kWh). */
  static final double OUTSIDE_SLO_PENALTY = 1e7;

  private RequestRouter() {}

  /** Least-carbon routing within the objective and capacities. */
  public static RoutingResult carbonAware(RoutingProblem p) {
    int no = p.origins().size();
    int nr = p.regions().size();
    double[][][] routed = new double[p.hours()][no][nr];
    for (int h = 0; h < p.hours(); h++) {
      // Nodes: 0 source, 1..no origins, no+1..no+nr regions, no+nr+1 drop, no+nr+2 sink.
      int drop = no + nr + 1;
      int sink = no + nr + 2;
      MinCostFlow f = new MinCostFlow(no + nr + 3);
      double total = 0;
      int[][] arc = new int[no][nr];
      for (int o = 0; o < no; o++) {
        double d = p.demand_requestsPerHour()[o][h];
        total += d;
        f.addArc(0, 1 + o, d, 0);
        for (int r = 0; r < nr; r++) {
          double c = p.intensity_gPerKWh()[r][h];
          arc[o][r] =
              f.addArc(
                  1 + o,
                  1 + no + r,
                  Double.POSITIVE_INFINITY,
                  p.withinSlo(o, r) ? c : OUTSIDE_SLO_PENALTY + c);
        }
        f.addArc(1 + o, drop, Double.POSITIVE_INFINITY, 2 * OUTSIDE_SLO_PENALTY);
      }
      for (int r = 0; r < nr; r++) {
        f.addArc(1 + no + r, sink, p.capacity_requestsPerHour()[r], 0);
      }
      f.addArc(drop, sink, Double.POSITIVE_INFINITY, 0);
      f.solve(0, sink, total);
      for (int o = 0; o < no; o++) {
        for (int r = 0; r < nr; r++) {
          routed[h][o][r] = f.flow(arc[o][r]);
        }
      }
    }
    return RoutingResult.of("casper", PolicyRole.ONLINE, p, routed);
  }

  /** Each origin to its nearest region with capacity left. */
  public static RoutingResult nearest(RoutingProblem p) {
    int no = p.origins().size();
    int nr = p.regions().size();
    double[][][] routed = new double[p.hours()][no][nr];
    Integer[][] byDistance = new Integer[no][];
    for (int o = 0; o < no; o++) {
      double[] rtt = p.rtt_ms()[o];
      byDistance[o] =
          IntStream.range(0, nr)
              .boxed()
              .sorted(Comparator.<Integer>comparingDouble(r -> rtt[r]).thenComparing(r -> r))
              .toArray(Integer[]::new);
    }
    for (int h = 0; h < p.hours(); h++) {
      double[] left = Arrays.copyOf(p.capacity_requestsPerHour(), nr);
      for (int o = 0; o < no; o++) {
        double d = p.demand_requestsPerHour()[o][h];
        for (int r : byDistance[o]) {
          if (d <= 0) {
            break;
          }
          double x = Math.min(d, left[r]);
          routed[h][o][r] += x;
          left[r] -= x;
          d -= x;
        }
      }
    }
    return RoutingResult.of("nearest", PolicyRole.BASELINE, p, routed);
  }
}
