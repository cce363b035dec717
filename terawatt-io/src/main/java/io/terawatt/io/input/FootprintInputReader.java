package io.terawatt.io.input;

import io.terawatt.footprint.FootprintRequest;
import io.terawatt.footprint.HardwareCatalog;
import io.terawatt.footprint.ServedModel;
import io.terawatt.footprint.Site;
import io.terawatt.footprint.TrainingRun;
import io.terawatt.io.parse.Fields;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problems;
import io.terawatt.io.parse.YamlNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a footprint input file ({@code training:} and {@code inference:} lists, optional {@code
 * hardware:} and {@code site:}) and reports every problem at once. See {@code
 * docs/footprint-input.md} for the fields, units and defaults.
 */
public final class FootprintInputReader {
  private static final Set<String> TOP_KEYS = Set.of("hardware", "site", "training", "inference");

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
      TrainingEntryReader.read(entry, catalog, topSite, baseDir, problems).ifPresent(training::add);
    }
    List<ServedModel> inference = new ArrayList<>();
    for (YamlNode entry : list(root, "inference", problems)) {
      InferenceEntryReader.read(entry, catalog, topSite, baseDir, problems)
          .ifPresent(inference::add);
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
}
