package io.terawatt.scheduling;

/**
 * Where and when a policy wants a job's remaining work to run: one region and the hours to use,
 * ascending. An empty placement means "not now" (only for policies that decide every hour).
 *
 * @param region region index
 * @param slots hours of the simulation, ascending, at or after the decision hour
 */
public record Placement(int region, int[] slots) {

  /** Waiting: nothing is placed this hour. */
  public static final Placement WAIT = new Placement(-1, new int[0]);

  /** A contiguous run of {@code n} hours from {@code start} in region {@code region}. */
  public static Placement run(int region, int start, int n) {
    int[] s = new int[n];
    for (int k = 0; k < n; k++) {
      s[k] = start + k;
    }
    return new Placement(region, s);
  }

  /** Whether this is a decision to wait. */
  public boolean isWait() {
    return slots.length == 0;
  }

  /** First hour used. */
  public int firstSlot() {
    return slots[0];
  }
}
