package io.terawatt.cli;

import io.terawatt.footprint.HardwareCatalog;
import io.terawatt.io.report.HardwareCatalogWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code terawatt hardware}: the accelerator catalog with its sources. */
@Command(
    name = "hardware",
    mixinStandardHelpOptions = true,
    description = "Lists the built-in accelerators; --sources prints where each figure comes from.")
public final class HardwareCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--sources", description = "Print the source of every figure.")
  boolean sources;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    HardwareCatalog catalog = HardwareCatalog.builtIn();
    out.print(HardwareCatalogWriter.table(catalog));
    if (sources) {
      out.print(HardwareCatalogWriter.sources(catalog));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
