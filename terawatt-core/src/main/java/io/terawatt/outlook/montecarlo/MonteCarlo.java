package io.terawatt.outlook.montecarlo;

import io.terawatt.outlook.parameter.OutlookParameter;
import io.terawatt.outlook.parameter.Scenario;
import io.terawatt.outlook.projection.Projection;
import io.terawatt.outlook.projection.YearlyOutlook;
import io.terawatt.outlook.projection.Years;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The in-process Monte Carlo engine. Samples are cut into blocks of {@value #BLOCK_SIZE}; blocks
 * run on a fork/join pool; every sample writes its own slots, so the result is bit-identical for
 * any number of threads (and to any engine that computes the same blocks, such as the Spark one).
 */
public final class MonteCarlo {
  /** Samples per block. */
  public static final int BLOCK_SIZE = 1024;

  /** Percentiles reported. */
  public static final double[] QUANTILES = {0.05, 0.50, 0.95};

  private static final int PARAMETERS = OutlookParameter.values().length;

  private MonteCarlo() {}

  /** Parameter uniforms of one sample: one {@code nextDouble} per parameter, in ordinal order. */
  public static void uniforms(long seed, long sample, double[] out) {
    SplittableRandom rng = new SplittableRandom(SampleSeeds.of(seed, sample));
    for (int i = 0; i < out.length; i++) {
      out[i] = rng.nextDouble();
    }
  }

  /**
   * Runs samples {@code from .. from + count − 1} into {@code values[metric][year][offset + i]}.
   */
  public static void runInto(
      Scenario scenario, long seed, int from, int count, double[][][] values, int offset) {
    double[] u = new double[PARAMETERS];
    double[] p = new double[PARAMETERS];
    double[][] out = new double[YearlyOutlook.METRICS][Years.COUNT];
    double[] scratch = new double[4];
    for (int i = 0; i < count; i++) {
      uniforms(seed, from + (long) i, u);
      scenario.quantiles(u, p);
      Projection.runInto(p, out, scratch);
      for (int m = 0; m < YearlyOutlook.METRICS; m++) {
        double[] o = out[m];
        double[][] target = values[m];
        for (int y = 0; y < Years.COUNT; y++) {
          target[y][offset + i] = o[y];
        }
      }
    }
  }

  /** One block of samples as a value (what a cluster task returns). */
  public static SampleBlock runBlock(Scenario scenario, long seed, int from, int count) {
    double[][][] values = new double[YearlyOutlook.METRICS][Years.COUNT][count];
    runInto(scenario, seed, from, count, values, 0);
    return new SampleBlock(from, count, values);
  }

  /** Number of blocks for a sample count. */
  public static int blocks(int samples) {
    return (samples + BLOCK_SIZE - 1) / BLOCK_SIZE;
  }

  /** Start index of block b. */
  public static int blockStart(int b) {
    return b * BLOCK_SIZE;
  }

  /** Size of block b. */
  public static int blockSize(int b, int samples) {
    return Math.min(BLOCK_SIZE, samples - b * BLOCK_SIZE);
  }

  /**
   * Runs the Monte Carlo in process.
   *
   * @param threads worker threads; 1 runs on the calling thread
   */
  public static MonteCarloResult run(
      Scenario scenario, int samples, long seed, int threads, ProgressListener progress) {
    if (samples < 1) {
      throw new IllegalArgumentException("The samples (" + samples + ") must be at least 1.");
    }
    double[][][] values = new double[YearlyOutlook.METRICS][Years.COUNT][samples];
    int blocks = blocks(samples);
    AtomicLong done = new AtomicLong();
    Runnable work =
        () ->
            stream(blocks, threads > 1)
                .forEach(
                    b -> {
                      int n = blockSize(b, samples);
                      runInto(scenario, seed, blockStart(b), n, values, blockStart(b));
                      progress.samplesDone(done.addAndGet(n), samples);
                    });
    inPool(threads, work);
    return percentiles(values, samples, seed, threads);
  }

  /** Merges blocks computed elsewhere (any order) and takes the percentiles. */
  public static MonteCarloResult fromBlocks(List<SampleBlock> blocks, int samples, long seed) {
    double[][][] values = new double[YearlyOutlook.METRICS][Years.COUNT][samples];
    long covered = 0;
    for (SampleBlock b : blocks) {
      for (int m = 0; m < YearlyOutlook.METRICS; m++) {
        for (int y = 0; y < Years.COUNT; y++) {
          System.arraycopy(b.values()[m][y], 0, values[m][y], b.from(), b.count());
        }
      }
      covered += b.count();
    }
    if (covered != samples) {
      throw new IllegalStateException(
          "The blocks hold " + covered + " samples, expected " + samples + ".");
    }
    return percentiles(values, samples, seed, 1);
  }

  /** Percentiles per metric and year by exact selection; reorders the arrays. */
  public static MonteCarloResult percentiles(
      double[][][] values, int samples, long seed, int threads) {
    double[][][] q = new double[YearlyOutlook.METRICS][QUANTILES.length][Years.COUNT];
    int tasks = YearlyOutlook.METRICS * Years.COUNT;
    inPool(
        threads,
        () ->
            stream(tasks, threads > 1)
                .forEach(
                    t -> {
                      int m = t / Years.COUNT;
                      int y = t % Years.COUNT;
                      double[] r = Percentiles.of(values[m][y], QUANTILES);
                      for (int k = 0; k < QUANTILES.length; k++) {
                        q[m][k][y] = r[k];
                      }
                    }));
    Band[] bands = new Band[YearlyOutlook.METRICS];
    for (int m = 0; m < bands.length; m++) {
      bands[m] = new Band(q[m][0], q[m][1], q[m][2]);
    }
    return new MonteCarloResult(samples, seed, bands[0], bands[1], bands[2], bands[3]);
  }

  private static IntStream stream(int n, boolean parallel) {
    IntStream s = IntStream.range(0, n);
    return parallel ? s.parallel() : s;
  }

  private static void inPool(int threads, Runnable work) {
    if (threads <= 1) {
      work.run();
      return;
    }
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while sampling.", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(c);
    } finally {
      pool.shutdown();
    }
  }
}
