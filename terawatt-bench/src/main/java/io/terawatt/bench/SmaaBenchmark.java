package io.terawatt.bench;

import io.terawatt.ethics.PerformanceTable;
import io.terawatt.ethics.smaa.Smaa2;
import io.terawatt.ethics.smaa.SmaaResult;
import java.util.SplittableRandom;
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
 * SMAA-2 with 10,000 samples on a seeded random table of 100 options and 20 indicators (certain
 * values, uniform weights on the simplex), in milliseconds per run. The target is under 2 s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Threads(1)
public class SmaaBenchmark {
  private PerformanceTable table;

  /** Builds the random table once. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom r = new SplittableRandom(42);
    int n = 100;
    int m = 20;
    String[] options = new String[n];
    String[] indicators = new String[m];
    boolean[] maximise = new boolean[m];
    double[][] v = new double[n][m];
    for (int j = 0; j < m; j++) {
      indicators[j] = "x" + j;
      maximise[j] = r.nextBoolean();
    }
    for (int i = 0; i < n; i++) {
      options[i] = "o" + i;
      for (int j = 0; j < m; j++) {
        v[i][j] = r.nextDouble() * 100;
      }
    }
    table = PerformanceTable.ofCertain(options, indicators, maximise, v);
  }

  /** Runs SMAA-2. */
  @Benchmark
  public SmaaResult tenThousandSamples() {
    return Smaa2.run(table, 10_000, 7);
  }
}
