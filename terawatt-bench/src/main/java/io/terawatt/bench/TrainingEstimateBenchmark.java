package io.terawatt.bench;

import io.terawatt.footprint.TrainingEstimate;
import io.terawatt.footprint.TrainingEstimator;
import io.terawatt.footprint.TrainingRun;
import io.terawatt.footprint.validation.PublishedCases;
import io.terawatt.footprint.validation.PublishedTrainingCase;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link TrainingEstimator#estimate(TrainingRun)} on one core.
 *
 * <p>The inputs are the published training cases of {@link PublishedCases#training()} (GPT-3, T5,
 * Meena, BLOOM, Llama 2 7B/13B/70B, OLMo 2 7B), switched to predictive mode with {@link
 * TrainingRun#predictiveOnly()} so that every call derives the time from FLOPs and MFU. They are
 * built once per trial; each invocation estimates the next run in turn, so the JIT cannot
 * specialise on one input. The estimate is returned so that JMH consumes it and the work is not
 * eliminated as dead code.
 *
 * <p>Target: at least 1,000,000 estimates per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class TrainingEstimateBenchmark {

  private TrainingRun[] runs;
  private int next;

  /** Builds the predictive runs once per trial, outside the measured code. */
  @Setup(Level.Trial)
  public void setUp() {
    runs =
        PublishedCases.training().stream()
            .map(PublishedTrainingCase::run)
            .map(TrainingRun::predictiveOnly)
            .toArray(TrainingRun[]::new);
    next = 0;
  }

  /** Estimates the next published run, cycling through all of them. */
  @Benchmark
  public TrainingEstimate estimate() {
    TrainingRun run = runs[next];
    if (++next == runs.length) {
      next = 0;
    }
    return TrainingEstimator.estimate(run);
  }
}
