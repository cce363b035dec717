package io.terawatt.io.input;

import io.terawatt.footprint.EmbodiedAssumptions;
import io.terawatt.footprint.HardwareCatalog;
import io.terawatt.footprint.InferenceEstimator;
import io.terawatt.footprint.InferenceWorkload;
import io.terawatt.footprint.ModelSpec;
import io.terawatt.footprint.Precision;
import io.terawatt.footprint.RequestTrace;
import io.terawatt.footprint.ServedModel;
import io.terawatt.footprint.ServingEfficiency;
import io.terawatt.footprint.Site;
import io.terawatt.io.parse.Fields;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.io.parse.Problems;
import io.terawatt.io.parse.YamlNode;
import io.terawatt.io.trace.AzureLlmTraceReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Reads one entry of the {@code inference:} list into a {@link ServedModel}. */
final class InferenceEntryReader {
  private static final Set<String> INFERENCE_KEYS =
      Set.of(
          "name",
          "model",
          "hardware",
          "batch_size",
          "input_tokens",
          "output_tokens",
          "requests_per_day",
          "trace",
          "host_power_per_device_W",
          "efficiency",
          "site",
          "embodied");
  private static final Set<String> EFFICIENCY_KEYS =
      Set.of("memory_bandwidth_fraction", "compute_fraction", "idle_reserve_fraction");

  private InferenceEntryReader() {}

  static Optional<ServedModel> read(
      YamlNode entry, HardwareCatalog catalog, Site topSite, Path baseDir, Problems problems) {
    entry.warnUnknownKeys(INFERENCE_KEYS, problems);
    Fields f = new Fields(entry, problems);
    f.requireKey("name", "");
    f.requireKey("model", "e.g. model: {parameters: 8e9, precision: bf16}");
    f.requireKey("hardware", "e.g. hardware: {accelerator: h100-sxm, count: 1}");
    f.requireKey("batch_size", "Concurrent requests per replica, e.g. 64.");
    String name = f.string("name").orElse(entry.path());
    Optional<YamlNode> modelNode = f.mapping("model");
    Optional<ModelSpec> model =
        modelNode.flatMap(m -> ModelReader.read(m, ModelReader.keysWith("precision"), problems));
    Precision precision = Precision.DEFAULT;
    if (modelNode.isPresent()) {
      precision =
          EntryParts.readPrecision(new Fields(modelNode.get(), problems), "precision", problems)
              .orElse(precision);
    }
    EntryParts.HardwareChoice hw =
        f.mapping("hardware")
            .map(h -> EntryParts.readHardware(h, EntryParts.HARDWARE_KEYS, catalog, problems))
            .orElse(EntryParts.HardwareChoice.NONE);
    if (f.mapping("hardware").flatMap(h -> h.get("precision")).isPresent()) {
      precision = hw.precision();
    }
    OptionalInt batch = f.integer("batch_size", 1, 100_000, "");
    OptionalDouble input = f.countOrZero("input_tokens", "Prompt tokens per request.");
    OptionalDouble output = f.count("output_tokens", "Generated tokens per request.");
    OptionalDouble perDay = f.number("requests_per_day", 0, false, 1e15, "");
    OptionalDouble host = f.number("host_power_per_device_W", 0, false, 100_000, "");
    ServingEfficiency efficiency = ServingEfficiency.DEFAULT;
    Optional<YamlNode> e = f.mapping("efficiency");
    if (e.isPresent()) {
      e.get().warnUnknownKeys(EFFICIENCY_KEYS, problems);
      Fields ef = new Fields(e.get(), problems);
      efficiency =
          new ServingEfficiency(
              ef.number("memory_bandwidth_fraction", 0, true, 1, "")
                  .orElse(efficiency.memoryBandwidthFraction()),
              ef.number("compute_fraction", 0, true, 1, "").orElse(efficiency.computeFraction()),
              ef.number("idle_reserve_fraction", 0, false, 10, "")
                  .orElse(efficiency.idleReserveFraction()));
    }
    Site site =
        f.mapping("site").map(s -> SiteReader.read(s, topSite, baseDir, problems)).orElse(topSite);
    if (site.intensitySeries().isPresent()) {
      problems.warning(
          entry,
          entry.path() + ".site.grid_intensity_series",
          "",
          "Serving has no single start time: the series mean is used as the constant intensity.");
    }
    site = site.forServing();
    Optional<RequestTrace> trace = Optional.empty();
    Optional<String> tracePath = f.string("trace");
    if (tracePath.isPresent()) {
      YamlNode at = entry.get("trace").orElseThrow();
      try {
        trace = Optional.of(AzureLlmTraceReader.read(baseDir.resolve(tracePath.get())));
      } catch (IOException ex) {
        problems.error(
            at,
            at.path(),
            tracePath.get(),
            "Cannot read the trace file: "
                + ex.getMessage()
                + ". Paths are relative to the input file's folder.");
      } catch (InvalidInputException ex) {
        problems.error(
            at,
            at.path(),
            tracePath.get(),
            "The trace file has problems:\n  "
                + String.join("\n  ", ex.problems().stream().map(Problem::format).toList()));
      }
    }
    if (trace.isPresent()) {
      if (input.isEmpty()) {
        input = OptionalDouble.of(trace.get().meanInputTokens());
      }
      if (output.isEmpty()) {
        output = OptionalDouble.of(trace.get().meanOutputTokens());
      }
    } else if (tracePath.isEmpty()) {
      f.requireKey("input_tokens", "Prompt tokens per request, or give a 'trace'.");
      f.requireKey("output_tokens", "Generated tokens per request, or give a 'trace'.");
    }
    EmbodiedAssumptions embodied = EntryParts.readEmbodied(f, problems);
    if (model.isPresent() && hw.accelerator().isPresent() && hw.count().isPresent()) {
      double weights = InferenceEstimator.weightBytes(model.get(), precision);
      double usable = InferenceEstimator.usableMemoryBytes(hw.accelerator().get());
      int needed =
          InferenceEstimator.acceleratorsForWeights(model.get(), precision, hw.accelerator().get());
      if (needed > hw.count().getAsInt()) {
        YamlNode at = f.mapping("hardware").flatMap(h -> h.get("count")).orElse(entry);
        problems.error(
            at,
            entry.path() + ".hardware.count",
            String.valueOf(hw.count().getAsInt()),
            String.format(
                java.util.Locale.ROOT,
                "%.0f GB of weights at %s do not fit in %d x %s (%.0f GB usable each): at least %d"
                    + " accelerators are needed. Maybe use a lower precision or more accelerators.",
                weights / 1e9,
                precision.id(),
                hw.count().getAsInt(),
                hw.accelerator().get().id(),
                usable / 1e9,
                needed));
      }
    }
    if (model.isEmpty()
        || hw.accelerator().isEmpty()
        || batch.isEmpty()
        || input.isEmpty()
        || output.isEmpty()
        || problems.hasErrors()) {
      return Optional.empty();
    }
    EntryParts.warnPrecisionFallback(entry, hw.accelerator().get(), precision, problems);
    try {
      InferenceWorkload w =
          new InferenceWorkload(
              name,
              model.get(),
              precision,
              hw.accelerator().get(),
              hw.count(),
              batch.getAsInt(),
              input.getAsDouble(),
              Math.max(1, output.getAsDouble()),
              site,
              host,
              efficiency,
              perDay,
              embodied);
      return Optional.of(new ServedModel(w, trace));
    } catch (IllegalArgumentException ex) {
      problems.error(entry, entry.path(), "", ex.getMessage());
      return Optional.empty();
    }
  }
}
