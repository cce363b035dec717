package io.terawatt.io.input;

import io.terawatt.footprint.Accelerator;
import io.terawatt.footprint.Precision;
import io.terawatt.footprint.UserAccelerator;
import io.terawatt.io.parse.Fields;
import io.terawatt.io.parse.Problems;
import io.terawatt.io.parse.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads user-defined accelerators from the top-level {@code hardware:} list. */
final class HardwareReader {
  static final Set<String> KEYS =
      Set.of(
          "id",
          "name",
          "tdp_W",
          "idle_W",
          "peak_fp16_TFLOPs",
          "peak_bf16_TFLOPs",
          "peak_fp8_TFLOPs",
          "peak_int8_TOPs",
          "peak_fp4_TFLOPs",
          "memory_GB",
          "memory_bandwidth_TBps",
          "training_system_power_W",
          "default_mfu",
          "embodied_kgCO2e",
          "price_USD",
          "source");

  private HardwareReader() {}

  static List<Accelerator> read(YamlNode list, String file, Problems problems) {
    List<Accelerator> out = new ArrayList<>();
    if (!list.isSequence()) {
      problems.error(list, list.path(), list.text(), "Must be a list of accelerators.");
      return out;
    }
    for (YamlNode item : list.items()) {
      if (!item.isMapping()) {
        problems.error(item, item.path(), item.text(), "Each accelerator must be a mapping.");
        continue;
      }
      readOne(item, file, problems).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Accelerator> readOne(YamlNode item, String file, Problems problems) {
    item.warnUnknownKeys(KEYS, problems);
    Fields f = new Fields(item, problems);
    f.requireKey("id", "An identifier such as my-accelerator.");
    f.requireKey("tdp_W", "Rated board power in W.");
    f.requireKey("memory_GB", "");
    f.requireKey("memory_bandwidth_TBps", "");
    Optional<String> id = f.string("id");
    OptionalDouble tdp = f.number("tdp_W", 0, true, 100_000, "");
    OptionalDouble idle = f.number("idle_W", 0, false, 100_000, "");
    double[] peaks = new double[Precision.values().length];
    Arrays.fill(peaks, Double.NaN);
    boolean anyPeak = false;
    String[][] columns = {
      {"peak_fp16_TFLOPs", "FP16"},
      {"peak_bf16_TFLOPs", "BF16"},
      {"peak_fp8_TFLOPs", "FP8"},
      {"peak_int8_TOPs", "INT8"},
      {"peak_fp4_TFLOPs", "FP4"}
    };
    for (String[] c : columns) {
      OptionalDouble v = f.number(c[0], 0, true, 1e7, "");
      if (v.isPresent()) {
        peaks[Precision.valueOf(c[1]).ordinal()] = v.getAsDouble() * 1e12;
        anyPeak = true;
      }
    }
    if (!anyPeak) {
      problems.error(
          item, item.path(), "", "Give at least one peak rate, e.g. peak_bf16_TFLOPs: 989.");
    }
    OptionalDouble memory = f.number("memory_GB", 0, true, 1e6, "");
    OptionalDouble bandwidth = f.number("memory_bandwidth_TBps", 0, true, 1e4, "");
    OptionalDouble trainingPower = f.number("training_system_power_W", 0, true, 100_000, "");
    OptionalDouble mfu = f.number("default_mfu", 0, true, 1, "A fraction, e.g. 0.4.");
    OptionalDouble embodied = f.number("embodied_kgCO2e", 0, false, 1e6, "");
    OptionalDouble price = f.number("price_USD", 0, false, 1e9, "");
    if (idle.isPresent() && tdp.isPresent() && idle.getAsDouble() >= tdp.getAsDouble()) {
      YamlNode at = item.get("idle_W").orElseThrow();
      problems.error(at, at.path(), at.text(), "Idle power must be below tdp_W.");
      return Optional.empty();
    }
    if (id.isEmpty() || tdp.isEmpty() || memory.isEmpty() || bandwidth.isEmpty() || !anyPeak) {
      return Optional.empty();
    }
    String source = f.string("source").orElse("user input (" + file + ")");
    return Optional.of(
        UserAccelerator.of(
            id.get().toLowerCase(Locale.ROOT),
            f.string("name").orElse(id.get()),
            tdp.getAsDouble(),
            idle,
            peaks,
            memory.getAsDouble() * 1e9,
            bandwidth.getAsDouble() * 1e12,
            trainingPower,
            mfu,
            embodied,
            price,
            source));
  }
}
