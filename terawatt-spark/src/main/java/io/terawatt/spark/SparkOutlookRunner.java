package io.terawatt.spark;

import io.terawatt.outlook.ClusterEngine;
import io.terawatt.outlook.RemoteSampling;
import io.terawatt.outlook.RemoteSamplingRequest;
import io.terawatt.outlook.RemoteSamplingSummary;
import java.nio.file.Path;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Entry point of the Spark engine, started by {@code terawatt outlook --engine spark} or by {@code
 * spark-submit}: parses its arguments, runs {@link RemoteSampling#run} on a {@link ClusterEngine}
 * over {@link SparkParallelMap}, and prints one line.
 *
 * <p>Arguments: {@code SCENARIO SAMPLES SEED MASTER RESULT}. SCENARIO is a serialized scenario file
 * (as the CLI writes it) or a built-in scenario name; MASTER is a Spark master URL, or {@code -} to
 * take it from spark-submit; RESULT is where the serialized Monte Carlo result goes.
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
    RemoteSamplingRequest request =
        new RemoteSamplingRequest(
            args[0], Integer.parseInt(args[1]), Long.parseLong(args[2]), Path.of(args[4]));
    String master = args[3].equals("-") ? null : args[3];
    RemoteSamplingSummary s;
    try (JavaSparkContext context = SparkContexts.create(master)) {
      s = RemoteSampling.run(request, new ClusterEngine(new SparkParallelMap(context)));
    }
    System.err.printf(
        "terawatt-spark: %d samples of %s in %.1f s; %d electricity P50 %.1f TWh%n",
        s.samples(), s.scenario(), s.seconds(), s.year(), s.electricityP50_TWh());
  }
}
