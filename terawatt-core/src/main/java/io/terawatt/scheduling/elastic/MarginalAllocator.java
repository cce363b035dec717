package io.terawatt.scheduling.elastic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CarbonScaler's greedy allocation (Hanafy et al. 2023, Algorithm 1): split the job's node range
 * into increments {@code n → n + 1}, rate each (hour, increment) pair by its marginal work per
 * gram, {@code Δthroughput / (Δnodes · power_kW · intensity_g/kWh)}, and take pairs best first
 * until the work is done; the last pair taken runs for the fraction of the hour that completes the
 * work.
 *
 * <p><b>Optimality.</b> With the increments of one hour rated in non-increasing order (marginal
 * throughput non-increasing in nodes), taking the best-rated pairs first is the greedy solution of
 * a fractional knapsack: minimise {@code Σ c_i x_i} subject to {@code Σ w_i x_i = W}, {@code 0 ≤
 * x_i ≤ 1}, with {@code c_i} the grams and {@code w_i} the work of pair {@code i}. An exchange
 * argument shows it is optimal: any schedule that uses a worse-rated pair while a better-rated one
 * is not full can move work to the better pair without raising emissions. Because within an hour
 * the better-rated increments are the lower ones, the greedy never uses increment {@code n → n + 1}
 * without the increments below it, so the solution is a valid node schedule. On actual intensity it
 * is therefore the oracle (tested against brute force in {@code MarginalAllocatorTest}).
 *
 * <p>Profiles whose marginal throughput rises somewhere (measured profiles are noisy) are replaced
 * by their least concave majorant: increments are grouped into the segments of the upper concave
 * hull of {@code {(0, 0)} ∪ {(n, throughput(n)) : minNodes ≤ n ≤ maxNodes}}, and each segment is
 * taken as a block at its mean rate. The first segment starts at 0 nodes, so a running job always
 * has at least {@code minNodes}. On such profiles the greedy is a heuristic (optimal over the
 * hull's node counts, which include every node count where the real profile is concave).
 */
public final class MarginalAllocator {
  private MarginalAllocator() {}

  /**
   * The node counts of the upper concave hull's vertices, starting with 0, then ascending from
   * {@code minNodes} to {@code maxNodes}.
   */
  static int[] hullNodes(ScalingProfile profile, int minNodes, int maxNodes) {
    List<Integer> hull = new ArrayList<>();
    hull.add(0);
    for (int n = minNodes; n <= maxNodes; n++) {
      while (hull.size() >= 2) {
        int a = hull.get(hull.size() - 2);
        int b = hull.get(hull.size() - 1);
        double ta = profile.throughput_nodeHoursPerHour(a);
        double tb = profile.throughput_nodeHoursPerHour(b);
        double tn = profile.throughput_nodeHoursPerHour(n);
        // b lies on or below the chord a → n: drop it.
        if ((tb - ta) * (n - a) <= (tn - ta) * (b - a)) {
          hull.remove(hull.size() - 1);
        } else {
          break;
        }
      }
      hull.add(n);
    }
    return hull.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Plans {@code work_nodeHours} of the job over the hours of {@code intensity_gPerKWh} (hour 0
   * first).
   *
   * @param intensity_gPerKWh expected intensity of each hour until the deadline, gCO2e/kWh
   * @param work_nodeHours work left, single-node hours
   * @throws IllegalArgumentException when the work cannot be done even at {@code maxNodes} in every
   *     hour
   */
  public static Allocation plan(ElasticJob job, double[] intensity_gPerKWh, double work_nodeHours) {
    int hours = intensity_gPerKWh.length;
    Allocation out = Allocation.empty(hours);
    if (!(work_nodeHours > 0)) {
      return out;
    }
    ScalingProfile p = job.profile();
    double capacity = hours * p.throughput_nodeHoursPerHour(job.maxNodes());
    if (work_nodeHours > capacity * (1 + 1e-12)) {
      throw new IllegalArgumentException(
          String.format(
              java.util.Locale.ROOT,
              "%.6g single-node hours of work cannot finish in %d hours: at %d nodes the most is"
                  + " %.6g.",
              work_nodeHours,
              hours,
              job.maxNodes(),
              capacity));
    }
    int[] hull = hullNodes(p, job.minNodes(), job.maxNodes());
    int blocks = hull.length - 1;
    // Pair index = hour * blocks + block; sort key = grams per unit of work (ascending).
    Integer[] order = new Integer[hours * blocks];
    double[] key = new double[hours * blocks];
    for (int h = 0; h < hours; h++) {
      for (int b = 0; b < blocks; b++) {
        int i = h * blocks + b;
        order[i] = i;
        double dWork =
            p.throughput_nodeHoursPerHour(hull[b + 1]) - p.throughput_nodeHoursPerHour(hull[b]);
        double dNodes = hull[b + 1] - hull[b];
        key[i] = dNodes * job.powerPerNode_kW() * intensity_gPerKWh[h] / dWork;
      }
    }
    Arrays.sort(
        order,
        (x, y) -> {
          int c = Double.compare(key[x], key[y]);
          return c != 0 ? c : Integer.compare(x, y);
        });
    int[] level = new int[hours]; // blocks taken fully in each hour
    double left = work_nodeHours;
    for (int i : order) {
      if (left <= 0) {
        break;
      }
      int h = i / blocks;
      int b = i % blocks;
      if (b != level[h]) {
        // Cannot happen on the hull (blocks of an hour come in order); kept as a guard.
        throw new IllegalStateException("increment " + b + " of hour " + h + " out of order");
      }
      double t0 = p.throughput_nodeHoursPerHour(hull[b]);
      double t1 = p.throughput_nodeHoursPerHour(hull[b + 1]);
      double dWork = t1 - t0;
      double fraction = Math.min(1.0, left / dWork);
      out.work_nodeHours()[h] += fraction * dWork;
      out.nodeHours()[h] += fraction * (hull[b + 1] - hull[b]);
      out.peakNodes()[h] = hull[b + 1];
      left -= fraction * dWork;
      if (fraction >= 1.0) {
        level[h]++;
      } else {
        left = 0;
      }
    }
    return out;
  }

  /**
   * The carbon-agnostic baseline: {@code nodes} nodes from hour 0 until the work is done, the last
   * hour for a fraction; as many hours as needed (may exceed any deadline).
   */
  public static Allocation fixed(ScalingProfile profile, int nodes, double work_nodeHours) {
    double rate = profile.throughput_nodeHoursPerHour(nodes);
    int hours = (int) Math.ceil(work_nodeHours / rate - 1e-12);
    Allocation out = Allocation.empty(Math.max(hours, 1));
    double left = work_nodeHours;
    for (int h = 0; h < hours; h++) {
      double fraction = Math.min(1.0, left / rate);
      out.work_nodeHours()[h] = fraction * rate;
      out.nodeHours()[h] = fraction * nodes;
      out.peakNodes()[h] = nodes;
      left -= fraction * rate;
    }
    return out;
  }
}
