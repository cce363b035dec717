package io.terawatt.bench;

import io.terawatt.outlook.montecarlo.MonteCarlo;
import io.terawatt.outlook.montecarlo.MonteCarloResult;
import io.terawatt.outlook.montecarlo.ProgressListener;
import io.terawatt.outlook.parameter.Scenario;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one whole outlook Monte Carlo in process: 100,000 samples × 27 years of the default
 * scenario, percentiles included, on all processors ({@code threads = 0}) or on one. The target is
 * under 10 s on a 2-core machine. The result is returned so that JMH consumes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class OutlookMonteCarloBenchmark {
  /** Samples per run. */
  @Param({"100000"})
  public int samples;

  /** Worker threads; 0 means all processors. */
  @Param({"0", "1"})
  public int threads;

  private final Scenario scenario = Scenario.defaults();

  /** One Monte Carlo. */
  @Benchmark
  public MonteCarloResult monteCarlo() {
    int t = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    return MonteCarlo.run(scenario, samples, 42, t, ProgressListener.NONE);
  }
}
