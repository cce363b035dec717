package io.terawatt.outlook.montecarlo;

/**
 * The seed of sample i under a run seed: SplitMix64's finaliser (Steele, Lea &amp; Flood 2014,
 * "Fast splittable pseudorandom number generators") applied to seed + (i + 1)·golden gamma, so
 * neighbouring samples get unrelated streams.
 */
public final class SampleSeeds {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private SampleSeeds() {}

  /** The seed for sample {@code index} of a run with seed {@code seed}. */
  public static long of(long seed, long index) {
    long z = seed + (index + 1) * GOLDEN_GAMMA;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
