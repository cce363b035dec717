package io.terawatt.spark;

import io.terawatt.outlook.montecarlo.MonteCarloResult;
import io.terawatt.outlook.montecarlo.ProgressListener;
import io.terawatt.outlook.parameter.BuiltInScenarios;
import io.terawatt.outlook.parameter.Scenario;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Entry point of the Spark engine, started by {@code terawatt outlook --engine spark} or by {@code
 * spark-submit}.
 *
 * <p>Arguments: {@code SCENARIO SAMPLES SEED MASTER RESULT}. SCENARIO is a serialized {@link
 * Scenario} file (as the CLI writes it) or a built-in scenario name; MASTER is a Spark master URL,
 * or {@code -} to take it from spark-submit; RESULT is where the serialized {@link
 * MonteCarloResult} goes (the percentiles are also printed).
 */
public final class SparkOutlookRunner {
  private SparkOutlookRunner() {}

  /** Runs the Monte Carlo on Spark. */
  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println(
          "usage: SparkOutlookRunner SCENARIO(.ser|name) SAMPLES SEED MASTER(-=from spark-submit)"
              + " RESULT.ser");
      System.exit(2);
    }
    Scenario scenario = load(args[0]);
    int samples = Integer.parseInt(args[1]);
    long seed = Long.parseLong(args[2]);
    String master = args[3].equals("-") ? null : args[3];
    long t0 = System.nanoTime();
    MonteCarloResult r;
    try (JavaSparkContext context = SparkContexts.create(master)) {
      r = new SparkEngine(context).run(scenario, samples, seed, ProgressListener.NONE);
    }
    try (ObjectOutputStream o = new ObjectOutputStream(Files.newOutputStream(Path.of(args[4])))) {
      o.writeObject(r);
    }
    System.err.printf(
        "terawatt-spark: %d samples of %s in %.1f s; 2030 electricity P50 %.1f TWh%n",
        samples, scenario.name(), (System.nanoTime() - t0) / 1e9, r.electricity_TWh().p50()[6]);
  }

  private static Scenario load(String arg) throws IOException, ClassNotFoundException {
    var builtIn = BuiltInScenarios.find(arg);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(Path.of(arg)))) {
      return (Scenario) in.readObject();
    }
  }
}
