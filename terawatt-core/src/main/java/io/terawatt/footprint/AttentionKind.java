package io.terawatt.footprint;

import java.util.Locale;
import java.util.Optional;

/**
 * How attention scales with context. The attention FLOPs per token grow with the number of
 * positions each query attends to: all previous ones for {@link #DENSE}, at most a window for
 * {@link #SLIDING_WINDOW}, a mix for {@link #LOCAL_GLOBAL}, and none beyond a constant state for
 * {@link #LINEAR}.
 */
public enum AttentionKind {
  /** Full causal attention, O(n²) in context length. */
  DENSE,
  /** Each query attends to at most {@code attention_window} earlier positions. */
  SLIDING_WINDOW,
  /**
   * Interleaved local (sliding-window) and global layers, as in Gemma 2/3 or Mistral-style hybrids;
   * {@code global_layer_fraction} of the layers are dense.
   */
  LOCAL_GLOBAL,
  /** Linear attention or state-space layers: no term that grows with context. */
  LINEAR;

  /** The identifier used in input files, for example {@code sliding_window}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code dense}, {@code sliding_window} (or {@code sliding-window}), ... */
  public static Optional<AttentionKind> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normal = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (AttentionKind k : values()) {
      if (k.name().equals(normal)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
