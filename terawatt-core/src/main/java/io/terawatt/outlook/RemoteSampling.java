package io.terawatt.outlook;

import io.terawatt.outlook.montecarlo.MonteCarloResult;
import io.terawatt.outlook.montecarlo.ProgressListener;
import io.terawatt.outlook.parameter.BuiltInScenarios;
import io.terawatt.outlook.parameter.Scenario;
import io.terawatt.outlook.projection.Years;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Monte Carlo run by another process (a Spark job, for example), so that the caller carries
 * none of that process's libraries. Scenario and result travel as Java-serialized files: {@link
 * #engine} is the caller's side, {@link #run} the other process's.
 */
public final class RemoteSampling {
  /** The year whose P50 electricity a remote run reports. */
  public static final int SUMMARY_YEAR = 2030;

  private RemoteSampling() {}

  /** Starts the other process and waits for it. */
  @FunctionalInterface
  public interface Runner {
    /**
     * Runs {@link RemoteSampling#run} in the other process on these files.
     *
     * @param scenario the serialized scenario to read
     * @param result where the serialized result must be written
     * @throws IllegalStateException when the process fails
     */
    void run(Path scenario, int samples, long seed, Path result)
        throws IOException, InterruptedException;
  }

  /** An engine that writes the scenario, has the runner compute the result, and reads it back. */
  public static SampleEngine engine(Runner runner) {
    return (scenario, samples, seed, progress) ->
        runThrough(runner, scenario, samples, seed, progress);
  }

  private static MonteCarloResult runThrough(
      Runner runner, Scenario scenario, int samples, long seed, ProgressListener progress) {
    try {
      Path dir = Files.createTempDirectory("terawatt-sampling");
      Path in = dir.resolve("scenario.ser");
      Path out = dir.resolve("result.ser");
      try {
        write(in, scenario);
        runner.run(in, samples, seed, out);
        if (!Files.isRegularFile(out)) {
          throw new IllegalStateException("The sampling runner wrote no result.");
        }
        MonteCarloResult r = (MonteCarloResult) read(out);
        progress.samplesDone(samples, samples);
        return r;
      } finally {
        Files.deleteIfExists(in);
        Files.deleteIfExists(out);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the sampling runner.", e);
    }
  }

  /**
   * The other process's side: reads the scenario (a serialized file, or a built-in scenario name),
   * runs the Monte Carlo on the engine and writes the serialized result.
   */
  public static RemoteSamplingSummary run(RemoteSamplingRequest r, SampleEngine engine)
      throws IOException {
    Scenario scenario = scenario(r.scenario());
    long t0 = System.nanoTime();
    MonteCarloResult result = engine.run(scenario, r.samples(), r.seed(), ProgressListener.NONE);
    double seconds = (System.nanoTime() - t0) / 1e9;
    write(r.result(), result);
    return new RemoteSamplingSummary(
        scenario.name(),
        r.samples(),
        seconds,
        SUMMARY_YEAR,
        result.electricity_TWh().p50()[Years.index(SUMMARY_YEAR)]);
  }

  private static Scenario scenario(String nameOrFile) throws IOException {
    Optional<Scenario> builtIn = BuiltInScenarios.find(nameOrFile);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    return (Scenario) read(Path.of(nameOrFile));
  }

  private static void write(Path file, Object value) throws IOException {
    try (ObjectOutputStream o = new ObjectOutputStream(Files.newOutputStream(file))) {
      o.writeObject(value);
    }
  }

  private static Object read(Path file) throws IOException {
    try (ObjectInputStream i = new ObjectInputStream(Files.newInputStream(file))) {
      return i.readObject();
    } catch (ClassNotFoundException e) {
      throw new IOException(file + " holds a class this Terawatt does not know: " + e.getMessage());
    }
  }
}
