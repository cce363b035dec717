package io.terawatt.footprint;

import java.util.OptionalDouble;

/**
 * An accelerator a user defines in an input file, with the defaults of the figures left out. The
 * defaults are the catalog's own assumptions for hardware without a published figure.
 */
public final class UserAccelerator {
  /**
   * Idle power as a share of TDP when none is given: the catalog's assumption for B200 and GB200
   * ("idle assumed 10% of TDP"; no idle measurement published).
   */
  public static final double IDLE_FRACTION_OF_TDP = 0.1;

  /**
   * Model-FLOPs utilisation when none is given: the catalog's assumption for Blackwell (no
   * published large-run MFU), within Patterson et al. 2021 (Table 4: T5 37 %, Meena 34 % on TPU
   * v3).
   */
  public static final double DEFAULT_MFU = 0.35;

  /**
   * Embodied carbon per accelerator when none is given, kgCO2e: the GPU-class figure from the BLOOM
   * LCA (Luccioni et al. 2023) that the catalog uses for TPU v3; unverified.
   */
  public static final double DEFAULT_EMBODIED_KGCO2E = 150;

  private UserAccelerator() {}

  /**
   * An accelerator from a file's figures; empty optionals take the defaults above.
   *
   * @param id identifier (lower case)
   * @param name display name
   * @param tdpW rated board power, W
   * @param idleW idle power, W, or empty for {@value #IDLE_FRACTION_OF_TDP} x TDP
   * @param peakFlopsByPrecision dense peak FLOP/s per {@link Precision#ordinal()}, NaN where absent
   * @param memoryBytes accelerator memory, bytes
   * @param memoryBandwidthBytesPerSecond memory bandwidth, bytes/s
   * @param trainingSystemPowerW measured training power per chip, W, where known
   * @param defaultMfu MFU, or empty for {@value #DEFAULT_MFU}
   * @param embodiedKgCo2e embodied carbon, kgCO2e, or empty for {@value #DEFAULT_EMBODIED_KGCO2E}
   * @param priceUsd purchase price, where known
   * @param source the source of every figure
   */
  public static Accelerator of(
      String id,
      String name,
      double tdpW,
      OptionalDouble idleW,
      double[] peakFlopsByPrecision,
      double memoryBytes,
      double memoryBandwidthBytesPerSecond,
      OptionalDouble trainingSystemPowerW,
      OptionalDouble defaultMfu,
      OptionalDouble embodiedKgCo2e,
      OptionalDouble priceUsd,
      String source) {
    return new Accelerator(
        id,
        name,
        "user",
        tdpW,
        idleW.orElse(IDLE_FRACTION_OF_TDP * tdpW),
        peakFlopsByPrecision,
        memoryBytes,
        memoryBandwidthBytesPerSecond,
        trainingSystemPowerW,
        defaultMfu.orElse(DEFAULT_MFU),
        embodiedKgCo2e.orElse(DEFAULT_EMBODIED_KGCO2E),
        priceUsd,
        new AcceleratorSources(source, source, source, source, source));
  }
}
