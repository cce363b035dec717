package io.terawatt.scheduling.routing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Minimum-cost flow by successive shortest paths (Bellman-Ford/SPFA on the residual graph), exact
 * for real capacities: each augmentation saturates an arc or exhausts the supply, and the residual
 * graph never has a negative cycle (Ahuja, Magnanti and Orlin, "Network Flows", 1993, §9.7). Sized
 * for small transportation problems (tens of nodes).
 */
final class MinCostFlow {
  private static final double EPS = 1e-9;

  private final int nodes;
  private final List<int[]> arcs = new ArrayList<>(); // {from, to}
  private final List<Double> cap = new ArrayList<>();
  private final List<Double> cost = new ArrayList<>();
  private final List<List<Integer>> out;
  private double[] flow = new double[0];

  MinCostFlow(int nodes) {
    this.nodes = nodes;
    out = new ArrayList<>(nodes);
    for (int i = 0; i < nodes; i++) {
      out.add(new ArrayList<>());
    }
  }

  /** Adds an arc and its reverse; returns the arc's index. */
  int addArc(int from, int to, double capacity, double unitCost) {
    int id = arcs.size();
    arcs.add(new int[] {from, to});
    cap.add(capacity);
    cost.add(unitCost);
    out.get(from).add(id);
    arcs.add(new int[] {to, from});
    cap.add(0.0);
    cost.add(-unitCost);
    out.get(to).add(id + 1);
    return id;
  }

  /**
   * Sends up to {@code amount} from {@code s} to {@code t} at least cost; returns the amount sent.
   */
  double solve(int s, int t, double amount) {
    int m = arcs.size();
    flow = new double[m];
    double[] residual = new double[m];
    for (int a = 0; a < m; a++) {
      residual[a] = cap.get(a);
    }
    double sent = 0;
    double[] dist = new double[nodes];
    int[] via = new int[nodes];
    boolean[] queued = new boolean[nodes];
    while (sent < amount - EPS * Math.max(1, amount)) {
      Arrays.fill(dist, Double.POSITIVE_INFINITY);
      Arrays.fill(via, -1);
      dist[s] = 0;
      ArrayDeque<Integer> q = new ArrayDeque<>();
      q.add(s);
      queued[s] = true;
      while (!q.isEmpty()) {
        int u = q.poll();
        queued[u] = false;
        for (int a : out.get(u)) {
          if (residual[a] > EPS) {
            int v = arcs.get(a)[1];
            double d = dist[u] + cost.get(a);
            if (d < dist[v] - 1e-12 * Math.max(1, Math.abs(d))) {
              dist[v] = d;
              via[v] = a;
              if (!queued[v]) {
                queued[v] = true;
                q.add(v);
              }
            }
          }
        }
      }
      if (via[t] < 0) {
        break;
      }
      double push = amount - sent;
      for (int v = t; v != s; v = arcs.get(via[v])[0]) {
        push = Math.min(push, residual[via[v]]);
      }
      for (int v = t; v != s; v = arcs.get(via[v])[0]) {
        int a = via[v];
        residual[a] -= push;
        residual[a ^ 1] += push;
        flow[a] += push;
        flow[a ^ 1] -= push;
      }
      sent += push;
    }
    return sent;
  }

  /** Net flow on arc {@code id} after {@link #solve}. */
  double flow(int id) {
    return Math.max(0, flow[id]);
  }
}
