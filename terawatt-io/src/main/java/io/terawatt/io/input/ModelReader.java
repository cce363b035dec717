package io.terawatt.io.input;

import io.terawatt.footprint.AttentionKind;
import io.terawatt.footprint.ModelSpec;
import io.terawatt.io.parse.Fields;
import io.terawatt.io.parse.Problems;
import io.terawatt.io.parse.YamlNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/** Reads a {@code model:} mapping. */
final class ModelReader {
  static final Set<String> KEYS =
      Set.of(
          "parameters",
          "active_parameters",
          "layers",
          "d_model",
          "context_length",
          "attention",
          "attention_window",
          "global_layer_fraction",
          "kv_dim");

  private ModelReader() {}

  static Set<String> keysWith(String... extra) {
    Set<String> keys = new HashSet<>(KEYS);
    keys.addAll(Arrays.asList(extra));
    return keys;
  }

  static Optional<ModelSpec> read(YamlNode node, Set<String> known, Problems problems) {
    node.warnUnknownKeys(known, problems);
    Fields f = new Fields(node, problems);
    f.requireKey("parameters", "Give the total parameter count, e.g. 7e9 or 7B.");
    OptionalDouble parameters = f.count("parameters", "Write e.g. 7e9 or 7B.");
    OptionalDouble active = f.count("active_parameters", "Parameters used per token (MoE).");
    OptionalInt layers = f.integer("layers", 1, 10_000, "");
    OptionalInt dModel = f.integer("d_model", 1, 1_000_000, "");
    OptionalInt context = f.integer("context_length", 1, 100_000_000, "");
    OptionalInt window = f.integer("attention_window", 1, 100_000_000, "");
    OptionalDouble globalShare = f.number("global_layer_fraction", 0, false, 1, "");
    OptionalInt kvDim = f.integer("kv_dim", 1, 1_000_000, "KV heads x head dimension.");
    AttentionKind attention = AttentionKind.DENSE;
    Optional<String> attentionText = f.string("attention");
    if (attentionText.isPresent()) {
      Optional<AttentionKind> kind = AttentionKind.parse(attentionText.get());
      if (kind.isEmpty()) {
        YamlNode at = node.get("attention").orElseThrow();
        problems.error(
            at,
            at.path(),
            attentionText.get(),
            "Unknown attention kind. Use one of: dense, sliding_window, local_global, linear.");
      } else {
        attention = kind.get();
      }
    }
    if (parameters.isPresent()
        && active.isPresent()
        && active.getAsDouble() > parameters.getAsDouble()) {
      YamlNode at = node.get("active_parameters").orElseThrow();
      problems.error(
          at,
          at.path(),
          at.text(),
          "Active parameters cannot exceed the total parameters ("
              + node.get("parameters").orElseThrow().text()
              + ").");
      active = OptionalDouble.empty();
    }
    if (parameters.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ModelSpec(
            parameters.getAsDouble(),
            active,
            layers,
            dModel,
            context,
            attention,
            window,
            globalShare,
            kvDim));
  }
}
