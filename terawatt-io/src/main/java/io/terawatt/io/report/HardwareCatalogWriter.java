package io.terawatt.io.report;

import io.terawatt.footprint.Accelerator;
import io.terawatt.footprint.HardwareCatalog;
import io.terawatt.footprint.Precision;
import io.terawatt.footprint.TrainingEstimator;
import java.util.List;

/** Writes the accelerator catalog as a terminal table, and the sources of its figures. */
public final class HardwareCatalogWriter {
  private HardwareCatalogWriter() {}

  /** One row per accelerator: power, peak rates, memory, training power, MFU, embodied carbon. */
  public static String table(HardwareCatalog catalog) {
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
    for (Accelerator a : catalog.all()) {
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
    return t.render();
  }

  /** For every accelerator, after a blank line: where each of its figures comes from. */
  public static String sources(HardwareCatalog catalog) {
    StringBuilder b = new StringBuilder();
    for (Accelerator a : catalog.all()) {
      b.append('\n');
      b.append(a.id()).append(" (").append(a.name()).append(")\n");
      b.append("  specifications: ").append(a.sources().specifications()).append('\n');
      b.append("  training power: ").append(TrainingEstimator.trainingPowerSource(a)).append('\n');
      b.append("  default MFU:    ").append(a.sources().mfu()).append('\n');
      b.append("  embodied:       ").append(a.sources().embodied()).append('\n');
      b.append("  price:          ").append(a.sources().price()).append('\n');
    }
    return b.toString();
  }

  private static String tera(Accelerator a, Precision p) {
    return a.supports(p) ? TextTable.num(a.peakFlopsPerSecond(p) / 1e12, 5) : "-";
  }
}
