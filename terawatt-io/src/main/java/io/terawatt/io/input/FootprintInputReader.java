package io.terawatt.io.input;

import io.terawatt.footprint.Accelerator;
import io.terawatt.footprint.EmbodiedAssumptions;
import io.terawatt.footprint.FootprintRequest;
import io.terawatt.footprint.HardwareCatalog;
import io.terawatt.footprint.InferenceEstimator;
import io.terawatt.footprint.InferenceWorkload;
import io.terawatt.footprint.ModelSpec;
import io.terawatt.footprint.Overheads;
import io.terawatt.footprint.Precision;
import io.terawatt.footprint.RequestTrace;
import io.terawatt.footprint.ServedModel;
import io.terawatt.footprint.ServingEfficiency;
import io.terawatt.footprint.Site;
import io.terawatt.footprint.TrainingRun;
import io.terawatt.io.trace.AzureLlmTraceReader;
import io.terawatt.quantity.CarbonIntensity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a footprint input file ({@code training:} and {@code inference:} lists, optional {@code
 * hardware:} and {@code site:}) and reports every problem at once. See {@code
 * docs/footprint-input.md} for the fields, units and defaults.
 */
public final class FootprintInputReader {
  private static final Set<String> TOP_KEYS = Set.of("hardware", "site", "training", "inference");
  private static final Set<String> TRAINING_KEYS =
      Set.of(
          "name",
          "model",
          "tokens",
          "hardware",
          "mfu",
          "device_hours",
          "power_per_device_W",
          "host_power_per_device_W",
          "overheads",
          "site",
          "start",
          "chip_hour_price_USD",
          "embodied");
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
  private static final Set<String> TRAINING_HARDWARE_KEYS =
      Set.of("accelerator", "count", "precision");
  private static final Set<String> INFERENCE_HARDWARE_KEYS =
      Set.of("accelerator", "count", "precision");
  private static final Set<String> OVERHEAD_KEYS =
      Set.of("checkpoint_restart_fraction", "failed_run_fraction", "development_fraction");
  private static final Set<String> EFFICIENCY_KEYS =
      Set.of("memory_bandwidth_fraction", "compute_fraction", "idle_reserve_fraction");
  private static final Set<String> EMBODIED_KEYS =
      Set.of("server_kgCO2e_per_accelerator", "service_life_years");

  private FootprintInputReader() {}

  /** Reads a file; relative paths inside it resolve against its folder. */
  public static FootprintInput read(Path file) throws IOException, InvalidInputException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Path base = file.toAbsolutePath().getParent();
    return parse(text, file.toString(), base);
  }

  /** Reads YAML text that came from {@code fileName}. */
  public static FootprintInput parse(String text, String fileName, Path baseDir)
      throws InvalidInputException {
    Problems problems = new Problems(fileName);
    Optional<YamlNode> parsed = YamlNode.parse(text, problems);
    if (parsed.isEmpty()) {
      throw new InvalidInputException(problems.all());
    }
    YamlNode root = parsed.get();
    if (!root.isMapping()) {
      problems.error(
          root,
          root.path(),
          root.text(),
          "The file must be a mapping with 'training:' and/or 'inference:' lists.");
      throw new InvalidInputException(problems.all());
    }
    root.warnUnknownKeys(TOP_KEYS, problems);

    HardwareCatalog catalog = HardwareCatalog.builtIn();
    Optional<YamlNode> hardware = root.get("hardware");
    if (hardware.isPresent()) {
      catalog = catalog.with(HardwareReader.read(hardware.get(), fileName, problems));
    }
    Site topSite = Site.DEFAULT;
    Optional<YamlNode> siteNode = new Fields(root, problems).mapping("site");
    if (siteNode.isPresent()) {
      topSite = SiteReader.read(siteNode.get(), Site.DEFAULT, baseDir, problems);
    }

    List<TrainingRun> training = new ArrayList<>();
    for (YamlNode entry : list(root, "training", problems)) {
      readTraining(entry, catalog, topSite, baseDir, problems).ifPresent(training::add);
    }
    List<ServedModel> inference = new ArrayList<>();
    for (YamlNode entry : list(root, "inference", problems)) {
      readInference(entry, catalog, topSite, baseDir, problems).ifPresent(inference::add);
    }
    if (root.get("training").isEmpty() && root.get("inference").isEmpty()) {
      problems.error(
          root, "(root)", "", "Nothing to estimate: add a 'training:' or an 'inference:' list.");
    }
    if (problems.hasErrors()) {
      throw new InvalidInputException(problems.all());
    }
    return new FootprintInput(new FootprintRequest(training, inference), problems.warnings());
  }

  private static List<YamlNode> list(YamlNode root, String key, Problems problems) {
    Optional<YamlNode> node = root.get(key);
    if (node.isEmpty()) {
      return List.of();
    }
    if (!node.get().isSequence()) {
      problems.error(
          node.get(),
          node.get().path(),
          node.get().text(),
          "Must be a list of entries (each starting with '- ').");
      return List.of();
    }
    List<YamlNode> entries = new ArrayList<>();
    for (YamlNode item : node.get().items()) {
      if (item.isMapping()) {
        entries.add(item);
      } else {
        problems.error(
            item,
            item.path(),
            item.text(),
            "Each entry must be a mapping with at least 'name' and 'model'.");
      }
    }
    return entries;
  }

  private static Optional<TrainingRun> readTraining(
      YamlNode entry, HardwareCatalog catalog, Site topSite, Path baseDir, Problems problems) {
    entry.warnUnknownKeys(TRAINING_KEYS, problems);
    Fields f = new Fields(entry, problems);
    f.requireKey("name", "");
    f.requireKey("model", "e.g. model: {parameters: 7e9}");
    f.requireKey("hardware", "e.g. hardware: {accelerator: h100-sxm, count: 1024}");
    String name = f.string("name").orElse(entry.path());
    Optional<ModelSpec> model =
        f.mapping("model").flatMap(m -> ModelReader.read(m, ModelReader.KEYS, problems));
    OptionalDouble tokens = f.count("tokens", "Training tokens, e.g. 2e12 or 2T.");
    OptionalDouble mfu =
        f.number("mfu", 0, true, 1, "Model-FLOPs utilisation is a fraction, e.g. 0.4.");
    OptionalDouble deviceHours = f.number("device_hours", 0, true, 1e12, "");
    OptionalDouble power = f.number("power_per_device_W", 0, true, 100_000, "");
    OptionalDouble host = f.number("host_power_per_device_W", 0, false, 100_000, "");
    OptionalDouble chipPrice = f.number("chip_hour_price_USD", 0, false, 1e4, "");
    if (!f.has("tokens") && !f.has("device_hours")) {
      problems.error(
          entry,
          entry.path(),
          "",
          "Give 'tokens' (predictive mode) or 'device_hours' (accounting mode).");
    }
    HardwareChoice hw =
        f.mapping("hardware")
            .map(h -> readHardware(h, TRAINING_HARDWARE_KEYS, catalog, problems))
            .orElse(HardwareChoice.NONE);
    Overheads overheads = Overheads.NONE;
    Optional<YamlNode> o = f.mapping("overheads");
    if (o.isPresent()) {
      o.get().warnUnknownKeys(OVERHEAD_KEYS, problems);
      Fields of = new Fields(o.get(), problems);
      overheads =
          new Overheads(
              of.number("checkpoint_restart_fraction", 0, false, 10, "").orElse(0),
              of.number("failed_run_fraction", 0, false, 10, "").orElse(0),
              of.number("development_fraction", 0, false, 100, "").orElse(0));
    }
    Site site =
        f.mapping("site").map(s -> SiteReader.read(s, topSite, baseDir, problems)).orElse(topSite);
    Optional<Instant> start = Optional.empty();
    Optional<String> startText = f.string("start");
    if (startText.isPresent()) {
      try {
        start = Optional.of(Instant.parse(startText.get()));
      } catch (DateTimeParseException e) {
        YamlNode at = entry.get("start").orElseThrow();
        problems.error(
            at,
            at.path(),
            startText.get(),
            "Not an ISO-8601 UTC instant. Write e.g. 2024-03-01T00:00:00Z.");
      }
    }
    if (site.intensitySeries().isPresent() && start.isEmpty()) {
      problems.warning(
          entry,
          entry.path() + ".start",
          "",
          "The site has an hourly intensity series but the run has no 'start': the constant"
              + " grid_intensity_gCO2e_per_kWh is used.");
    }
    EmbodiedAssumptions embodied = readEmbodied(f, problems);
    if (model.isEmpty() || hw.accelerator().isEmpty() || problems.hasErrors()) {
      return Optional.empty();
    }
    Accelerator a = hw.accelerator().get();
    warnPrecisionFallback(entry, a, hw.precision(), problems);
    try {
      return Optional.of(
          new TrainingRun(
              name,
              model.get(),
              tokens.orElse(0),
              a,
              hw.count().orElse(1),
              hw.precision(),
              mfu,
              deviceHours,
              power,
              host,
              overheads,
              site,
              start,
              chipPrice,
              embodied));
    } catch (IllegalArgumentException e) {
      problems.error(entry, entry.path(), "", e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<ServedModel> readInference(
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
    Precision precision = Precision.BF16;
    if (modelNode.isPresent()) {
      precision =
          readPrecision(new Fields(modelNode.get(), problems), "precision", problems)
              .orElse(precision);
    }
    HardwareChoice hw =
        f.mapping("hardware")
            .map(h -> readHardware(h, INFERENCE_HARDWARE_KEYS, catalog, problems))
            .orElse(HardwareChoice.NONE);
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
      site =
          site.withGridIntensity(
              CarbonIntensity.ofGramsPerKilowattHour(site.intensitySeries().get().mean()));
      problems.warning(
          entry,
          entry.path() + ".site.grid_intensity_series",
          "",
          "Serving has no single start time: the series mean is used as the constant intensity.");
    }
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
        input = OptionalDouble.of(mean(trace.get().inputTokens()));
      }
      if (output.isEmpty()) {
        output = OptionalDouble.of(Math.max(1, mean(trace.get().outputTokens())));
      }
    } else if (tracePath.isEmpty()) {
      f.requireKey("input_tokens", "Prompt tokens per request, or give a 'trace'.");
      f.requireKey("output_tokens", "Generated tokens per request, or give a 'trace'.");
    }
    EmbodiedAssumptions embodied = readEmbodied(f, problems);
    if (model.isPresent() && hw.accelerator().isPresent() && hw.count().isPresent()) {
      double weights = model.get().parameters() * precision.bytesPerParameter();
      double usable =
          hw.accelerator().get().memoryBytes() * InferenceEstimator.USABLE_MEMORY_FRACTION;
      int needed = (int) Math.ceil(weights / usable);
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
    warnPrecisionFallback(entry, hw.accelerator().get(), precision, problems);
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

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static EmbodiedAssumptions readEmbodied(Fields f, Problems problems) {
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

  private record HardwareChoice(
      Optional<Accelerator> accelerator, OptionalInt count, Precision precision) {
    static final HardwareChoice NONE =
        new HardwareChoice(Optional.empty(), OptionalInt.empty(), Precision.BF16);
  }

  private static HardwareChoice readHardware(
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
    Precision precision = readPrecision(f, "precision", problems).orElse(Precision.BF16);
    return new HardwareChoice(accelerator, count, precision);
  }

  private static Optional<Precision> readPrecision(Fields f, String key, Problems problems) {
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

  private static void warnPrecisionFallback(
      YamlNode entry, Accelerator a, Precision p, Problems problems) {
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
