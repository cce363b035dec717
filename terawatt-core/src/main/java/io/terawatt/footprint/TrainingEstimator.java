package io.terawatt.footprint;

import java.time.Duration;
import java.time.Instant;

/**
 * Estimates the footprint of a training run.
 *
 * <h2>Model</h2>
 *
 * <ul>
 *   <li>Compute: C = 6·N_active·D (Kaplan et al. 2020 §2.1) plus 12·L·d·c·D for attention over c
 *       attended positions (Chowdhery et al. 2022, PaLM, Appendix B); see {@link AttentionCost}.
 *   <li>Time: device-hours = C / (peak FLOP/s at the precision × MFU) / 3600, scaled by the
 *       overheads; or the given device-hours in accounting mode.
 *   <li>Power per device: as given; else the measured system power per chip of the catalog; else
 *       {@value #TRAINING_FRACTION_OF_TDP} × TDP for the accelerator plus {@value
 *       #DEFAULT_HOST_POWER_W} W of host.
 *   <li>Energy: IT = device-hours × (device + host power); facility = IT × PUE.
 *   <li>Carbon: operational = facility energy × location-based average intensity (the mean of the
 *       hourly series over the run when a start is given); embodied = device-hours × (chip + server
 *       share) / service life.
 *   <li>Water: WUE × IT energy + off-site water intensity × facility energy. Cost: price × facility
 *       energy, and chip-hour price × device-hours.
 * </ul>
 */
public final class TrainingEstimator {

  /**
   * Share of TDP an accelerator draws on average while training when no measurement is published:
   * Morrison et al. 2025 (ICLR) measured H100 nodes at up to ~85% of maximum power during training
   * steps, dropping during checkpoints.
   */
  public static final double TRAINING_FRACTION_OF_TDP = 0.85;

  /**
   * Host (CPU, memory, network) power per accelerator when the power is derived from TDP: 1.2 kW
   * for an 8-GPU server without its GPUs (BoaviztAPI, as used by EcoLogits 2025).
   */
  public static final double DEFAULT_HOST_POWER_W = 150.0;

  private TrainingEstimator() {}

  /**
   * Where the training power of an accelerator comes from: its measured source, or the rule used
   * when none is published ({@value #TRAINING_FRACTION_OF_TDP} x TDP plus the host share).
   */
  public static String trainingPowerSource(Accelerator a) {
    String measured = a.sources().trainingPower();
    return measured == null || measured.isEmpty()
        ? "(not measured: " + TRAINING_FRACTION_OF_TDP + " x TDP plus host share)"
        : measured;
  }

  /** Estimates one run. */
  public static TrainingEstimate estimate(TrainingRun run) {
    ModelSpec model = run.model();
    ModelShape shape = ModelShape.of(model);
    double attentionPerToken = AttentionCost.trainingFlopsPerToken(model, shape);
    double attentionFlops = attentionPerToken * run.tokens();
    double flops = TokenFlops.training(model) * run.tokens();
    double peak = run.accelerator().peakFlopsPerSecond(run.precision());

    EstimateMode mode;
    double mfu;
    String mfuSource;
    double cleanDeviceHours;
    if (run.deviceHours().isPresent()) {
      mode = EstimateMode.ACCOUNTING;
      cleanDeviceHours = run.deviceHours().getAsDouble();
      mfu = flops > 0 ? flops / (cleanDeviceHours * 3600.0 * peak) : Double.NaN;
      mfuSource = "implied by the given device_hours";
    } else {
      mode = EstimateMode.PREDICTIVE;
      if (run.mfu().isPresent()) {
        mfu = run.mfu().getAsDouble();
        mfuSource = "input";
      } else {
        mfu = run.accelerator().defaultMfu();
        mfuSource = "catalog default_mfu";
      }
      cleanDeviceHours = flops / (peak * mfu) / 3600.0;
    }
    double deviceHours = cleanDeviceHours * run.overheads().deviceHourMultiplier();
    double wallClockHours = deviceHours / run.count();

    double devicePower;
    double hostPower;
    String powerSource;
    if (run.powerPerDeviceW().isPresent()) {
      devicePower = run.powerPerDeviceW().getAsDouble();
      hostPower = run.hostPowerPerDeviceW().orElse(0);
      powerSource = "input power_per_device_W";
    } else if (run.accelerator().trainingSystemPowerW().isPresent()) {
      devicePower = run.accelerator().trainingSystemPowerW().getAsDouble();
      hostPower = run.hostPowerPerDeviceW().orElse(0);
      powerSource = "catalog training_system_power_W (measured, host included)";
    } else {
      devicePower = TRAINING_FRACTION_OF_TDP * run.accelerator().tdpW();
      hostPower = run.hostPowerPerDeviceW().orElse(DEFAULT_HOST_POWER_W);
      powerSource = "0.85 x tdp_W plus default host share";
    }

    Site site = run.site();
    double itEnergyMWh = deviceHours * (devicePower + hostPower) / 1e6;
    double facilityMWh = itEnergyMWh * site.pue();
    double developmentMWh = facilityMWh * run.overheads().developmentFraction();
    double averagePowerMW = wallClockHours > 0 ? facilityMWh / wallClockHours : 0;

    double intensity = site.gridIntensity().gramsCo2ePerKilowattHour();
    String intensitySource = "constant grid_intensity_gCO2e_per_kWh";
    if (site.intensitySeries().isPresent() && run.start().isPresent() && wallClockHours > 0) {
      Instant from = run.start().get();
      Duration length = Duration.ofNanos((long) (wallClockHours * 3.6e12));
      intensity = site.intensitySeries().get().meanOver(from, length);
      intensitySource = "hourly series mean over the run";
    }
    double operationalT = facilityMWh * intensity / 1e3;
    double embodiedT = deviceHours * run.embodied().kgCo2ePerDeviceHour(run.accelerator()) / 1e3;
    double waterOnSite = itEnergyMWh * 1e3 * site.wueOnSiteLitresPerKwh() / 1e3;
    double waterOffSite = facilityMWh * 1e3 * site.offSiteWaterLitresPerKwh() / 1e3;
    double electricityCost = facilityMWh * site.electricityPriceUsdPerMwh();
    double computeCost =
        run.chipHourPriceUsd().isPresent()
            ? deviceHours * run.chipHourPriceUsd().getAsDouble()
            : Double.NaN;

    return new TrainingEstimate(
        run.name(),
        mode,
        flops,
        attentionFlops,
        mfu,
        mfuSource,
        deviceHours,
        wallClockHours,
        devicePower,
        hostPower,
        powerSource,
        itEnergyMWh,
        facilityMWh,
        developmentMWh,
        averagePowerMW,
        intensity,
        intensitySource,
        operationalT,
        embodiedT,
        waterOnSite,
        waterOffSite,
        electricityCost,
        computeCost);
  }
}
