package io.terawatt.cli.outlook;

import io.terawatt.outlook.RemoteSampling;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the Monte Carlo on Spark in a child JVM, so that the CLI's shaded jar carries no Spark
 * (and none of Spark's Jackson or log4j): a process launcher for the core's {@link RemoteSampling},
 * which writes the scenario and reads the result. The child is {@code
 * io.terawatt.spark.SparkOutlookRunner} on the classpath the {@code terawatt-spark} build writes to
 * {@code terawatt-spark/target/classpath.txt}.
 */
final class SparkProcessEngine implements RemoteSampling.Runner {
  /** The runner's main class. */
  static final String RUNNER = "io.terawatt.spark.SparkOutlookRunner";

  /** Environment variable that overrides where the Spark classpath is found. */
  static final String CLASSPATH_ENV = "TERAWATT_SPARK_CLASSPATH";

  private final String classpath;
  private final String master;

  private SparkProcessEngine(String classpath, String master) {
    this.classpath = classpath;
    this.master = master;
  }

  /** The engine when the Spark module has been built; empty otherwise. */
  static Optional<SparkProcessEngine> locate(String master) {
    String env = System.getenv(CLASSPATH_ENV);
    if (env != null && !env.isBlank()) {
      return Optional.of(new SparkProcessEngine(env, master));
    }
    for (Path root : candidateRoots()) {
      Path module = root.resolve("terawatt-spark/target");
      Path cpFile = module.resolve("classpath.txt");
      Path classes = module.resolve("classes");
      if (Files.isRegularFile(cpFile) && Files.isDirectory(classes)) {
        try {
          String deps = Files.readString(cpFile, StandardCharsets.UTF_8).trim();
          return Optional.of(
              new SparkProcessEngine(
                  classes.toAbsolutePath() + java.io.File.pathSeparator + deps, master));
        } catch (IOException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  static String missingMessage() {
    return "terawatt: error: the Spark engine is not built (no terawatt-spark/target/classpath.txt"
        + " found, and "
        + CLASSPATH_ENV
        + " is not set). Build it from the repository root with:\n"
        + "  mvn -B -q -Dquickly -DskipTests package -pl terawatt-spark -am\n"
        + "then run this command again from the repository root.";
  }

  private static List<Path> candidateRoots() {
    List<Path> roots = new ArrayList<>();
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      roots.add(p);
    }
    try {
      Path jar =
          Path.of(
              SparkProcessEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path p = jar.getParent(); p != null; p = p.getParent()) {
        roots.add(p);
      }
    } catch (Exception e) {
      // no code source: rely on the working directory
    }
    return roots;
  }

  @Override
  public void run(Path scenario, int samples, long seed, Path result)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-cp",
                classpath,
                RUNNER,
                scenario.toString(),
                String.valueOf(samples),
                String.valueOf(seed),
                master,
                result.toString())
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    int code = pb.start().waitFor();
    if (code != 0) {
      throw new IllegalStateException("The Spark runner failed with exit code " + code + ".");
    }
  }
}
