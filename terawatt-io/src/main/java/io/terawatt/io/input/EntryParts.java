package io.terawatt.io.input;

import io.terawatt.footprint.Accelerator;
import io.terawatt.footprint.EmbodiedAssumptions;
import io.terawatt.footprint.HardwareCatalog;
import io.terawatt.footprint.Precision;
import io.terawatt.io.parse.Fields;
import io.terawatt.io.parse.Problems;
import io.terawatt.io.parse.YamlNode;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Pieces shared by the training and inference entry readers: hardware, precision, embodied. */
final class EntryParts {
  static final Set<String> HARDWARE_KEYS = Set.of("accelerator", "count", "precision");
  private static final Set<String> EMBODIED_KEYS =
      Set.of("server_kgCO2e_per_accelerator", "service_life_years");

  private EntryParts() {}

  static EmbodiedAssumptions readEmbodied(Fields f, Problems problems) {
    Optional<YamlNode> node = f.mapping("embodied");
    if (node.isEmpty()) {
      return EmbodiedAssumptions.DEFAULT;
    }
    node.get().warnUnknownKeys(EMBODIED_KEYS, problems);
    Fields ef = new Fields(node.get(), problems);
    return new EmbodiedAssumptions(
        ef.number("server_kgCO2e_per_accelerator", 0, false, 1e6, "")
            .orElse(EmbodiedAssumptions.DEFAULT.serverShareKgCo2ePerAccelerator()),
        ef.number("service_life_years", 0, true, 100, "")
            .orElse(EmbodiedAssumptions.DEFAULT.serviceLifeYears()));
  }

  record HardwareChoice(Optional<Accelerator> accelerator, OptionalInt count, Precision precision) {
    static final HardwareChoice NONE =
        new HardwareChoice(Optional.empty(), OptionalInt.empty(), Precision.DEFAULT);
  }

  static HardwareChoice readHardware(
      YamlNode node, Set<String> keys, HardwareCatalog catalog, Problems problems) {
    node.warnUnknownKeys(keys, problems);
    Fields f = new Fields(node, problems);
    f.requireKey("accelerator", "One of: " + String.join(", ", catalog.ids()) + ".");
    Optional<Accelerator> accelerator = Optional.empty();
    Optional<String> id = f.string("accelerator");
    if (id.isPresent()) {
      accelerator = catalog.find(id.get());
      if (accelerator.isEmpty()) {
        YamlNode at = node.get("accelerator").orElseThrow();
        problems.error(
            at,
            at.path(),
            id.get(),
            "Unknown accelerator. Closest known: "
                + String.join(", ", catalog.closest(id.get(), 3))
                + ". Or define it under the top-level 'hardware:' list.");
      }
    }
    OptionalInt count = f.integer("count", 1, 10_000_000, "");
    Precision precision = readPrecision(f, "precision", problems).orElse(Precision.DEFAULT);
    return new HardwareChoice(accelerator, count, precision);
  }

  static Optional<Precision> readPrecision(Fields f, String key, Problems problems) {
    Optional<String> text = f.string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Precision> p = Precision.parse(text.get());
    if (p.isEmpty()) {
      YamlNode at = f.node().get(key).orElseThrow();
      problems.error(
          at,
          at.path(),
          text.get(),
          "Unknown precision. Use one of: fp32, fp16, bf16, fp8, int8, fp4, int4.");
    }
    return p;
  }

  static void warnPrecisionFallback(YamlNode entry, Accelerator a, Precision p, Problems problems) {
    if (!a.supports(p)) {
      Optional<Precision> used = a.effectivePrecision(p);
      problems.warning(
          entry,
          entry.path() + ".hardware.precision",
          p.id(),
          a.id()
              + " has no native "
              + p.id()
              + " rate; its "
              + used.map(Precision::id).orElse("?")
              + " peak is used.");
    }
  }
}
