package io.terawatt.scheduling;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;

/**
 * Searches of an hourly cost array for the cheapest contiguous run or the cheapest set of hours.
 *
 * <p>A job of {@code n} slots runs its last slot for a fraction {@code f} of the hour; the costs of
 * a placement are {@code Σ cost[slot]} over the first {@code n − 1} slots plus {@code f · cost} of
 * the chronologically last one. Ties go to the earliest placement.
 */
public final class WindowSearch {
  private WindowSearch() {}

  /**
   * The start offset of the cheapest feasible contiguous run of {@code n} slots starting at an
   * offset in {@code [0, maxStart]}, or -1 when none is feasible.
   *
   * @param cost cost per slot offset (at least {@code maxStart + n} long)
   * @param feasibleStart whether a run may start at an offset (capacity)
   */
  public static int bestStart(
      double[] cost, int n, double lastFraction, int maxStart, IntPredicate feasibleStart) {
    int best = -1;
    double bestCost = Double.POSITIVE_INFINITY;
    double full = 0;
    for (int k = 0; k < n - 1; k++) {
      full += cost[k];
    }
    for (int s = 0; s <= maxStart; s++) {
      if (s > 0 && n > 1) {
        full += cost[s + n - 2] - cost[s - 1];
      }
      double c = full + lastFraction * cost[s + n - 1];
      if ((best < 0 || c < bestCost - 1e-12 * Math.abs(bestCost)) && feasibleStart.test(s)) {
        bestCost = c;
        best = s;
      }
    }
    return best;
  }

  /** Cost of a contiguous run of {@code n} slots from offset {@code s}. */
  public static double runCost(double[] cost, int s, int n, double lastFraction) {
    double c = 0;
    for (int k = 0; k < n - 1; k++) {
      c += cost[s + k];
    }
    return c + lastFraction * cost[s + n - 1];
  }

  /**
   * The offsets, ascending, of the cheapest {@code n} feasible slots in {@code [0, length)} with
   * the fraction charged on the last of them; {@code null} when fewer than {@code n} are feasible.
   *
   * <p>Exact: for every candidate last slot L, the other {@code n − 1} are the cheapest feasible
   * slots before L (a bounded max-heap), O(length · log n).
   */
  public static int[] lowestSlots(
      double[] cost, int length, int n, double lastFraction, IntPredicate feasible) {
    PriorityQueue<Integer> heap =
        new PriorityQueue<>(Math.max(1, n), (a, b) -> Double.compare(cost[b], cost[a]));
    double heapSum = 0;
    int bestLast = -1;
    double bestCost = Double.POSITIVE_INFINITY;
    for (int l = 0; l < length; l++) {
      if (!feasible.test(l)) {
        continue;
      }
      if (heap.size() == n - 1) {
        double c = heapSum + lastFraction * cost[l];
        if (bestLast < 0 || c < bestCost - 1e-12 * Math.abs(bestCost)) {
          bestCost = c;
          bestLast = l;
        }
      }
      if (n > 1) {
        if (heap.size() < n - 1) {
          heap.add(l);
          heapSum += cost[l];
        } else if (cost[l] < cost[heap.peek()]) {
          heapSum += cost[l] - cost[heap.poll()];
          heap.add(l);
        }
      }
    }
    if (bestLast < 0) {
      return null;
    }
    // Rebuild the n − 1 cheapest feasible slots before bestLast (earliest on ties).
    int[] picked = new int[n];
    Integer[] before = new Integer[bestLast];
    int m = 0;
    for (int l = 0; l < bestLast; l++) {
      if (feasible.test(l)) {
        before[m++] = l;
      }
    }
    Integer[] candidates = Arrays.copyOf(before, m);
    Arrays.sort(
        candidates,
        (a, b) -> {
          int c = Double.compare(cost[a], cost[b]);
          return c != 0 ? c : Integer.compare(a, b);
        });
    for (int k = 0; k < n - 1; k++) {
      picked[k] = candidates[k];
    }
    picked[n - 1] = bestLast;
    Arrays.sort(picked);
    return picked;
  }

  /** Cost of a set of slot offsets, ascending, with the fraction on the last. */
  public static double slotsCost(double[] cost, int[] slots, double lastFraction) {
    double c = 0;
    for (int k = 0; k < slots.length - 1; k++) {
      c += cost[slots[k]];
    }
    return c + lastFraction * cost[slots[slots.length - 1]];
  }
}
