package io.terawatt.outlook;

import io.terawatt.outlook.montecarlo.MonteCarlo;
import io.terawatt.outlook.montecarlo.MonteCarloResult;
import io.terawatt.outlook.montecarlo.ProgressListener;
import io.terawatt.outlook.montecarlo.SampleBlock;
import io.terawatt.outlook.parameter.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * The Monte Carlo on a cluster: one task per block of {@value MonteCarlo#BLOCK_SIZE} samples, each
 * computed by {@link MonteCarlo#runBlock} (the core projection, with per-sample streams seeded from
 * (seed, sample index)); the blocks are merged here and the percentiles selected. The result equals
 * the in-process engine's bit for bit.
 *
 * @param cluster where the blocks run
 */
public record ClusterEngine(ParallelMap cluster) implements SampleEngine {

  @Override
  public MonteCarloResult run(
      Scenario scenario, int samples, long seed, ProgressListener progress) {
    int blocks = MonteCarlo.blocks(samples);
    List<Integer> ids = new ArrayList<>(blocks);
    for (int b = 0; b < blocks; b++) {
      ids.add(b);
    }
    ParallelMap.Task<Integer, SampleBlock> block =
        b ->
            MonteCarlo.runBlock(
                scenario, seed, MonteCarlo.blockStart(b), MonteCarlo.blockSize(b, samples));
    List<SampleBlock> computed = cluster.map(ids, block);
    progress.samplesDone(samples, samples);
    return MonteCarlo.fromBlocks(computed, samples, seed);
  }
}
