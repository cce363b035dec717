package io.terawatt.footprint;

/**
 * The server, facility, carbon and water figures of one request, from its accelerator energy and
 * the device-time it occupied.
 */
record RequestFootprint(
    double serverWh,
    double facilityWh,
    double operationalGrams,
    double embodiedGrams,
    double waterMillilitres) {

  static RequestFootprint of(InferenceWorkload w, double acceleratorJoules, double deviceSeconds) {
    double host = w.hostPowerPerDeviceW().orElse(TrainingEstimator.DEFAULT_HOST_POWER_W);
    double serverJ = acceleratorJoules + host * deviceSeconds;
    double itJ = serverJ * (1 + w.efficiency().idleReserveFraction());
    Site site = w.site();
    double facilityJ = itJ * site.pue();
    double facilityKwh = facilityJ / 3.6e6;
    double itKwh = itJ / 3.6e6;
    double operational = facilityKwh * site.gridIntensity().gramsCo2ePerKilowattHour();
    double embodiedKg = deviceSeconds / 3600.0 * w.embodied().kgCo2ePerDeviceHour(w.accelerator());
    double waterLitres =
        itKwh * site.wueOnSiteLitresPerKwh() + facilityKwh * site.offSiteWaterLitresPerKwh();
    return new RequestFootprint(
        serverJ / 3600.0, facilityJ / 3600.0, operational, embodiedKg * 1e3, waterLitres * 1e3);
  }
}
