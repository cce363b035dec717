package io.terawatt.io.input;

import io.terawatt.footprint.Accelerator;
import io.terawatt.footprint.EmbodiedAssumptions;
import io.terawatt.footprint.HardwareCatalog;
import io.terawatt.footprint.ModelSpec;
import io.terawatt.footprint.Overheads;
import io.terawatt.footprint.Precision;
import io.terawatt.footprint.Site;
import io.terawatt.footprint.TrainingRun;
import io.terawatt.io.parse.Fields;
import io.terawatt.io.parse.Problems;
import io.terawatt.io.parse.YamlNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads one entry of the {@code training:} list into a {@link TrainingRun}. */
final class TrainingEntryReader {
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
  private static final Set<String> OVERHEAD_KEYS =
      Set.of("checkpoint_restart_fraction", "failed_run_fraction", "development_fraction");

  private TrainingEntryReader() {}

  static Optional<TrainingRun> read(
      YamlNode entry, HardwareCatalog catalog, Site topSite, Path baseDir, Problems problems) {
    entry.warnUnknownKeys(TRAINING_KEYS, problems);
    Fields f = new Fields(entry, problems);
    f.requireKey("name", "");
    f.requireKey("model", "e.g. model: {parameters: 7e9}");
    f.requireKey("hardware", "e.g. hardware: {accelerator: h100-sxm, count: 1024}");
    String name = f.string("name").orElse(entry.path());
    Optional<ModelSpec> model =
        f.mapping("model")
            .flatMap(m -> ModelReader.read(m, ModelReader.keysWith("precision"), problems));
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
    EntryParts.HardwareChoice hw =
        f.mapping("hardware")
            .map(h -> EntryParts.readHardware(h, EntryParts.HARDWARE_KEYS, catalog, problems))
            .orElse(EntryParts.HardwareChoice.NONE);
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
    EmbodiedAssumptions embodied = EntryParts.readEmbodied(f, problems);
    Precision precision = hw.precision();
    boolean hardwarePrecision = f.mapping("hardware").flatMap(h -> h.get("precision")).isPresent();
    Optional<YamlNode> modelNode = f.mapping("model");
    if (modelNode.isPresent()) {
      Optional<Precision> modelPrecision =
          EntryParts.readPrecision(new Fields(modelNode.get(), problems), "precision", problems);
      if (!hardwarePrecision && modelPrecision.isPresent()) {
        precision = modelPrecision.get();
      }
    }
    if (model.isEmpty() || hw.accelerator().isEmpty() || problems.hasErrors()) {
      return Optional.empty();
    }
    Accelerator a = hw.accelerator().get();
    EntryParts.warnPrecisionFallback(entry, a, precision, problems);
    try {
      return Optional.of(
          new TrainingRun(
              name,
              model.get(),
              tokens.orElse(0),
              a,
              hw.count().orElse(1),
              precision,
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
}
