package io.terawatt.footprint;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One training run to estimate.
 *
 * <p>Predictive mode needs {@code tokens}; accounting mode is used when {@code deviceHours} is
 * given, and then the published device-hours replace the FLOPs-based time.
 *
 * @param name label of the run
 * @param model the model
 * @param tokens training tokens (0 allowed only in accounting mode)
 * @param accelerator the hardware
 * @param count number of accelerators
 * @param precision arithmetic precision of the matrix work
 * @param mfu model-FLOPs utilisation over the whole run; empty uses the catalog default
 * @param deviceHours published device-hours; present means accounting mode
 * @param powerPerDeviceW average IT power per device while training (host share included), as
 *     measured or stated; empty uses the catalog
 * @param hostPowerPerDeviceW extra host power per device; empty uses the default when the power
 *     came from TDP
 * @param overheads checkpoint/restart, failed runs and development
 * @param site the facility and grid
 * @param start start of the run, used with an hourly intensity series
 * @param chipHourPriceUsd rental price per device-hour, for compute cost
 * @param embodied how embodied carbon is amortised
 */
public record TrainingRun(
    String name,
    ModelSpec model,
    double tokens,
    Accelerator accelerator,
    int count,
    Precision precision,
    OptionalDouble mfu,
    OptionalDouble deviceHours,
    OptionalDouble powerPerDeviceW,
    OptionalDouble hostPowerPerDeviceW,
    Overheads overheads,
    Site site,
    Optional<Instant> start,
    OptionalDouble chipHourPriceUsd,
    EmbodiedAssumptions embodied) {

  /** Checks what the engine relies on; the input validator reports the same with locations. */
  public TrainingRun {
    if (count < 1) {
      throw new IllegalArgumentException(
          "The hardware count (" + count + ") of " + name + " must be at least 1.");
    }
    if (!(tokens >= 0) || !Double.isFinite(tokens)) {
      throw new IllegalArgumentException(
          "The tokens (" + tokens + ") of " + name + " must be zero or more.");
    }
    if (deviceHours.isEmpty() && !(tokens > 0)) {
      throw new IllegalArgumentException(
          "The run " + name + " needs tokens, or device_hours for accounting mode.");
    }
    mfu.ifPresent(
        m -> {
          if (!(m > 0 && m <= 1)) {
            throw new IllegalArgumentException(
                "The mfu (" + m + ") of " + name + " must be in (0, 1].");
          }
        });
  }

  /** A predictive run with catalog defaults for everything optional. */
  public static TrainingRun predictive(
      String name, ModelSpec model, double tokens, Accelerator accelerator, int count, Site site) {
    return new TrainingRun(
        name,
        model,
        tokens,
        accelerator,
        count,
        Precision.BF16,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        Overheads.NONE,
        site,
        Optional.empty(),
        OptionalDouble.empty(),
        EmbodiedAssumptions.DEFAULT);
  }

  /** This run with a given MFU. */
  public TrainingRun withMfu(double value) {
    return new TrainingRun(
        name,
        model,
        tokens,
        accelerator,
        count,
        precision,
        OptionalDouble.of(value),
        deviceHours,
        powerPerDeviceW,
        hostPowerPerDeviceW,
        overheads,
        site,
        start,
        chipHourPriceUsd,
        embodied);
  }

  /** This run with given device-hours (accounting mode). */
  public TrainingRun withDeviceHours(double value) {
    return new TrainingRun(
        name,
        model,
        tokens,
        accelerator,
        count,
        precision,
        mfu,
        OptionalDouble.of(value),
        powerPerDeviceW,
        hostPowerPerDeviceW,
        overheads,
        site,
        start,
        chipHourPriceUsd,
        embodied);
  }

  /** This run with a stated power per device. */
  public TrainingRun withPowerPerDeviceW(double value) {
    return new TrainingRun(
        name,
        model,
        tokens,
        accelerator,
        count,
        precision,
        mfu,
        deviceHours,
        OptionalDouble.of(value),
        hostPowerPerDeviceW,
        overheads,
        site,
        start,
        chipHourPriceUsd,
        embodied);
  }

  /** This run without device-hours (predictive mode). */
  public TrainingRun predictiveOnly() {
    return new TrainingRun(
        name,
        model,
        tokens,
        accelerator,
        count,
        precision,
        mfu,
        OptionalDouble.empty(),
        powerPerDeviceW,
        hostPowerPerDeviceW,
        overheads,
        site,
        start,
        chipHourPriceUsd,
        embodied);
  }
}
