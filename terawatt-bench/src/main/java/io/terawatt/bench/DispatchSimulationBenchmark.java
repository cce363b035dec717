package io.terawatt.bench;

import io.terawatt.supply.SupplySite;
import io.terawatt.supply.dispatch.DispatchResult;
import io.terawatt.supply.dispatch.DispatchSimulator;
import io.terawatt.supply.plan.SyntheticSites;
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
 * One year (8,760 hours) of hourly dispatch of the synthetic ten-technology site with its storage,
 * in milliseconds per simulated year.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class DispatchSimulationBenchmark {
  private SupplySite site;

  /** Builds the site once, with every option at its maximum (or a fixed) capacity. */
  @Setup(Level.Trial)
  public void setUp() {
    SupplySite s = SyntheticSites.tenTechnologies(42);
    site =
        s.with(
            s.generators().stream()
                .map(g -> g.withCapacity(Math.max(g.existingCapacity_MW(), 300)))
                .toList(),
            s.storage().stream().map(st -> st.withSize(200, 800)).toList());
  }

  /** Simulates the year. */
  @Benchmark
  public DispatchResult simulateOneYear() {
    return DispatchSimulator.simulate(site);
  }
}
