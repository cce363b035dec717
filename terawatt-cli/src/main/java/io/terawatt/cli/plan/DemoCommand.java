package io.terawatt.cli.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code terawatt demo}: the main job on the built-in demo scenario, built-in data only. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the main job on the built-in demo scenario (a 2030 training and serving campus, three"
          + " candidate sites) with built-in data only, in well under a minute.",
      "Writes report.html, results.json and hourly CSV files to --out (default terawatt-demo/)."
    })
public final class DemoCommand implements Callable<Integer> {
  /** Class-path resource of the demo scenario. */
  public static final String RESOURCE = "/io/terawatt/cli/plan/demo-scenario.yaml";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--out",
      defaultValue = "terawatt-demo",
      paramLabel = "DIR",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--full-year", description = "Solve the supply plans on all 8,760 hours.")
  boolean fullYear;

  @Option(
      names = "--check",
      description = "Exit 1 unless results.json has the five non-empty stage sections.")
  boolean check;

  @Option(names = "--print-scenario", description = "Print the demo scenario's YAML and exit.")
  boolean printScenario;

  /** The demo scenario's YAML text. */
  public static String scenarioText() throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("The demo scenario resource " + RESOURCE + " is missing.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public Integer call() throws Exception {
    String text = scenarioText();
    if (printScenario) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return 0;
    }
    return PlanOutput.run(
        text,
        "demo-scenario.yaml (built in)",
        Path.of("").toAbsolutePath(),
        out,
        fullYear,
        check,
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }
}
