package io.terawatt.bench;

import io.terawatt.footprint.InferenceEstimate;
import io.terawatt.footprint.InferenceEstimator;
import io.terawatt.footprint.InferenceWorkload;
import io.terawatt.footprint.validation.PublishedCases;
import io.terawatt.footprint.validation.PublishedInferenceCase;
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
 * Throughput of {@link InferenceEstimator#estimate(InferenceWorkload)} on one core.
 *
 * <p>The inputs are the workloads of {@link PublishedCases#inference()}: Llama-3.1-8B on one H100
 * at the ten batch sizes ML.ENERGY measured (8 to 512), from the idle-dominated to the TDP-capped
 * power regime. They are built once per trial; each invocation estimates the next workload in turn,
 * so the JIT cannot specialise on one input. The estimate is returned so that JMH consumes it and
 * the work is not eliminated as dead code.
 *
 * <p>Target: at least 200,000 estimates per second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class InferenceEstimateBenchmark {

  private InferenceWorkload[] workloads;
  private int next;

  /** Builds the workloads once per trial, outside the measured code. */
  @Setup(Level.Trial)
  public void setUp() {
    workloads =
        PublishedCases.inference().stream()
            .map(PublishedInferenceCase::workload)
            .toArray(InferenceWorkload[]::new);
    next = 0;
  }

  /** Estimates the next published workload, cycling through all of them. */
  @Benchmark
  public InferenceEstimate estimate() {
    InferenceWorkload workload = workloads[next];
    if (++next == workloads.length) {
      next = 0;
    }
    return InferenceEstimator.estimate(workload);
  }
}
