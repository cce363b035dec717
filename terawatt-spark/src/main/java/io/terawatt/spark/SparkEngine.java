package io.terawatt.spark;

import io.terawatt.outlook.SampleEngine;
import io.terawatt.outlook.montecarlo.MonteCarlo;
import io.terawatt.outlook.montecarlo.MonteCarloResult;
import io.terawatt.outlook.montecarlo.ProgressListener;
import io.terawatt.outlook.montecarlo.SampleBlock;
import io.terawatt.outlook.parameter.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Monte Carlo on Spark: one RDD element per block of {@value MonteCarlo#BLOCK_SIZE} samples;
 * each task calls {@link MonteCarlo#runBlock} (the core projection, with per-sample streams seeded
 * from (seed, sample index)); the driver merges the blocks and selects the percentiles. The result
 * equals the in-process engine's bit for bit.
 */
public final class SparkEngine implements SampleEngine {
  private final JavaSparkContext context;

  /** An engine on an existing context (the caller stops it). */
  public SparkEngine(JavaSparkContext context) {
    this.context = context;
  }

  @Override
  public MonteCarloResult run(
      Scenario scenario, int samples, long seed, ProgressListener progress) {
    int blocks = MonteCarlo.blocks(samples);
    List<Integer> ids = new ArrayList<>(blocks);
    for (int b = 0; b < blocks; b++) {
      ids.add(b);
    }
    int slices = Math.max(1, Math.min(blocks, context.defaultParallelism() * 4));
    List<SampleBlock> computed =
        context
            .parallelize(ids, slices)
            .map(
                b ->
                    MonteCarlo.runBlock(
                        scenario, seed, MonteCarlo.blockStart(b), MonteCarlo.blockSize(b, samples)))
            .collect();
    progress.samplesDone(samples, samples);
    return MonteCarlo.fromBlocks(computed, samples, seed);
  }
}
