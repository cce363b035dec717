package io.terawatt.footprint;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One accelerator model with the figures the footprint engine needs, each with its source in the
 * catalog file.
 *
 * @param id identifier used in input files, for example {@code h100-sxm}
 * @param name display name
 * @param generation hardware generation, for example {@code hopper}
 * @param tdpW rated board power (W); the top of the inference power curve
 * @param idleW power when idle (W); the bottom of the power curve
 * @param peakFlopsByPrecision dense peak FLOP/s per {@link Precision#ordinal()}; NaN when not
 *     supported
 * @param memoryBytes usable accelerator memory in bytes
 * @param memoryBandwidthBytesPerSecond peak memory bandwidth in bytes/s
 * @param trainingSystemPowerW measured average system power per chip while training, host share
 *     included, where published
 * @param defaultMfu model-FLOPs utilisation assumed when the user gives none
 * @param embodiedKgCo2e cradle-to-gate embodied carbon of one accelerator (kgCO2e)
 * @param priceUsd purchase price per accelerator, where recorded
 * @param sources the source of each figure, by catalog column
 */
public record Accelerator(
    String id,
    String name,
    String generation,
    double tdpW,
    double idleW,
    double[] peakFlopsByPrecision,
    double memoryBytes,
    double memoryBandwidthBytesPerSecond,
    OptionalDouble trainingSystemPowerW,
    double defaultMfu,
    double embodiedKgCo2e,
    OptionalDouble priceUsd,
    AcceleratorSources sources) {

  /** Validates the figures and copies the peak table. */
  public Accelerator {
    requirePositive(tdpW, "tdp_W", id);
    requirePositive(memoryBytes, "memory_GB", id);
    requirePositive(memoryBandwidthBytesPerSecond, "memory_bandwidth_TBps", id);
    if (!(idleW >= 0 && idleW < tdpW)) {
      throw new IllegalArgumentException(
          "The idle_W (" + idleW + ") of " + id + " must be at least 0 and below tdp_W.");
    }
    if (!(defaultMfu > 0 && defaultMfu <= 1)) {
      throw new IllegalArgumentException(
          "The default_mfu (" + defaultMfu + ") of " + id + " must be in (0, 1].");
    }
    if (peakFlopsByPrecision.length != Precision.values().length) {
      throw new IllegalArgumentException(
          "The peak table of " + id + " needs one cell per precision.");
    }
    peakFlopsByPrecision = peakFlopsByPrecision.clone();
    boolean any = false;
    for (double v : peakFlopsByPrecision) {
      any |= v > 0;
    }
    if (!any) {
      throw new IllegalArgumentException(
          "The accelerator " + id + " needs at least one peak rate.");
    }
  }

  private static void requirePositive(double value, String field, String id) {
    if (!(value > 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "The " + field + " (" + value + ") of accelerator " + id + " must be positive.");
    }
  }

  /** A copy of the peak table. */
  @Override
  public double[] peakFlopsByPrecision() {
    return peakFlopsByPrecision.clone();
  }

  /** Whether the accelerator has a native peak rate at this precision. */
  public boolean supports(Precision precision) {
    return peakFlopsByPrecision[precision.ordinal()] > 0;
  }

  /**
   * Dense peak FLOP/s used for arithmetic at the given precision. A precision without native
   * support runs at the nearest wider one it has (fp4 at fp8, fp8 at bf16, bf16 at fp16, ...).
   */
  public double peakFlopsPerSecond(Precision precision) {
    return effectivePrecision(precision)
        .map(p -> peakFlopsByPrecision[p.ordinal()])
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "The accelerator " + id + " has no peak rate at or above " + precision.id()));
  }

  /** The precision whose peak rate is used for arithmetic requested at {@code precision}. */
  public Optional<Precision> effectivePrecision(Precision precision) {
    for (Precision p : FALLBACK[precision.ordinal()]) {
      if (peakFlopsByPrecision[p.ordinal()] > 0) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static final Precision[][] FALLBACK = fallbackOrder();

  private static Precision[][] fallbackOrder() {
    Precision[][] order = new Precision[Precision.values().length][];
    order[Precision.FP32.ordinal()] =
        new Precision[] {Precision.FP32, Precision.BF16, Precision.FP16};
    order[Precision.FP16.ordinal()] = new Precision[] {Precision.FP16, Precision.BF16};
    order[Precision.BF16.ordinal()] = new Precision[] {Precision.BF16, Precision.FP16};
    order[Precision.FP8.ordinal()] =
        new Precision[] {Precision.FP8, Precision.INT8, Precision.BF16, Precision.FP16};
    order[Precision.INT8.ordinal()] =
        new Precision[] {Precision.INT8, Precision.FP8, Precision.BF16, Precision.FP16};
    order[Precision.FP4.ordinal()] =
        new Precision[] {
          Precision.FP4, Precision.FP8, Precision.INT8, Precision.BF16, Precision.FP16
        };
    order[Precision.INT4.ordinal()] =
        new Precision[] {
          Precision.INT4,
          Precision.FP4,
          Precision.INT8,
          Precision.FP8,
          Precision.BF16,
          Precision.FP16
        };
    return order;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Accelerator that
        && id.equals(that.id)
        && Arrays.equals(peakFlopsByPrecision, that.peakFlopsByPrecision)
        && tdpW == that.tdpW;
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Accelerator[" + id + "]";
  }
}
