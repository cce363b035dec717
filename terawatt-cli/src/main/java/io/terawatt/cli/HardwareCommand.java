package io.terawatt.cli;

import io.terawatt.footprint.Accelerator;
import io.terawatt.footprint.HardwareCatalog;
import io.terawatt.footprint.Precision;
import io.terawatt.io.report.TextTable;
import java.util.List;
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
    TextTable t =
        new TextTable(
            List.of(
                "id",
                "tdp_W",
                "idle_W",
                "bf16_TFLOPs",
                "fp8_TFLOPs",
                "memory_GB",
                "bandwidth_TBps",
                "train_power_W",
                "default_mfu",
                "embodied_kgCO2e"));
    for (Accelerator a : HardwareCatalog.builtIn().all()) {
      t.row(
          List.of(
              a.id(),
              TextTable.num(a.tdpW(), 4),
              TextTable.num(a.idleW(), 3),
              tera(a, Precision.BF16),
              tera(a, Precision.FP8),
              TextTable.num(a.memoryBytes() / 1e9, 4),
              TextTable.num(a.memoryBandwidthBytesPerSecond() / 1e12, 4),
              a.trainingSystemPowerW().isPresent()
                  ? TextTable.num(a.trainingSystemPowerW().getAsDouble(), 3)
                  : "-",
              TextTable.num(a.defaultMfu(), 3),
              TextTable.num(a.embodiedKgCo2e(), 3)));
    }
    out.print(t.render());
    if (sources) {
      for (Accelerator a : HardwareCatalog.builtIn().all()) {
        out.println();
        out.println(a.id() + " (" + a.name() + ")");
        out.println("  specifications: " + a.sources().specifications());
        out.println("  training power: " + blank(a.sources().trainingPower()));
        out.println("  default MFU:    " + a.sources().mfu());
        out.println("  embodied:       " + a.sources().embodied());
        out.println("  price:          " + a.sources().price());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String tera(Accelerator a, Precision p) {
    return a.supports(p) ? TextTable.num(a.peakFlopsPerSecond(p) / 1e12, 5) : "-";
  }

  private static String blank(String s) {
    return s == null || s.isEmpty() ? "(not measured: 0.85 x TDP plus host share)" : s;
  }
}
