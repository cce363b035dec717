package io.terawatt.footprint;

import java.util.Locale;
import java.util.Optional;

/** Numeric precision of weights and arithmetic, with the bytes one parameter takes. */
public enum Precision {
  /** IEEE single precision. */
  FP32(4.0),
  /** IEEE half precision. */
  FP16(2.0),
  /** bfloat16. */
  BF16(2.0),
  /** 8-bit floating point (E4M3/E5M2). */
  FP8(1.0),
  /** 8-bit integer. */
  INT8(1.0),
  /** 4-bit floating point (MXFP4/NVFP4). */
  FP4(0.5),
  /** 4-bit integer. */
  INT4(0.5);

  /**
   * The precision assumed where an input names none: bfloat16, the training and serving precision
   * of the published large-model runs the validation uses (Llama 2, OLMo 2); an assumption.
   */
  public static final Precision DEFAULT = BF16;

  private final double bytesPerParameter;

  Precision(double bytesPerParameter) {
    this.bytesPerParameter = bytesPerParameter;
  }

  /** Bytes one weight occupies in memory at this precision. */
  public double bytesPerParameter() {
    return bytesPerParameter;
  }

  /** The identifier used in input files, for example {@code bf16}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an identifier such as {@code bf16} or {@code FP8}. */
  public static Optional<Precision> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normal = text.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
    for (Precision p : values()) {
      if (p.name().equals(normal)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
