package io.terawatt.footprint;

import io.terawatt.quantity.CarbonIntensity;
import io.terawatt.timeseries.HourlySeries;
import java.util.Optional;

/**
 * Where the work runs, as far as the footprint engine cares: facility overhead, grid carbon, water
 * and electricity price. Defaults are in {@link #DEFAULT} with their sources.
 *
 * @param pue power usage effectiveness (facility energy / IT energy), at least 1
 * @param gridIntensity location-based average grid intensity, used when there is no series or no
 *     start time
 * @param intensitySeries hourly location-based average intensity in gCO2e_per_kWh, used when the
 *     run's start time is given
 * @param wueOnSiteLitresPerKwh on-site water usage effectiveness (L per kWh of IT energy)
 * @param offSiteWaterLitresPerKwh water consumed to generate electricity (L per kWh drawn)
 * @param electricityPriceUsdPerMwh electricity price (USD per MWh drawn)
 */
public record Site(
    double pue,
    CarbonIntensity gridIntensity,
    Optional<HourlySeries> intensitySeries,
    double wueOnSiteLitresPerKwh,
    double offSiteWaterLitresPerKwh,
    double electricityPriceUsdPerMwh) {

  /** PUE 1.2: EcoLogits' default and OLMo's Jupiter cluster (Morrison et al. 2025). */
  public static final double DEFAULT_PUE = 1.2;

  /** 475 gCO2e/kWh: CodeCarbon's world-average fallback (Carbontracker uses 481). */
  public static final double DEFAULT_INTENSITY_G_PER_KWH = 475;

  /** 0.569 L/kWh: on-site WUE EcoLogits uses for Azure; Google reports 0.99, AWS 0.13-0.18. */
  public static final double DEFAULT_WUE_ON_SITE_L_PER_KWH = 0.569;

  /** 3.1 L/kWh: US electricity water intensity (consumption), Li et al. 2025, CACM. */
  public static final double DEFAULT_OFF_SITE_WATER_L_PER_KWH = 3.1;

  /** 80.6 USD/MWh: US industrial electricity price 2023 (Epoch AI, from EIA). */
  public static final double DEFAULT_PRICE_USD_PER_MWH = 80.6;

  /** The default site: a hyperscale-like facility on a world-average grid. */
  public static final Site DEFAULT =
      new Site(
          DEFAULT_PUE,
          CarbonIntensity.ofGramsPerKilowattHour(DEFAULT_INTENSITY_G_PER_KWH),
          Optional.empty(),
          DEFAULT_WUE_ON_SITE_L_PER_KWH,
          DEFAULT_OFF_SITE_WATER_L_PER_KWH,
          DEFAULT_PRICE_USD_PER_MWH);

  /** Validates ranges; messages name the field and value. */
  public Site {
    if (!(pue >= 1.0) || !Double.isFinite(pue)) {
      throw new IllegalArgumentException(
          "The pue (" + pue + ") must be at least 1: facility energy includes the IT energy.");
    }
    if (!(wueOnSiteLitresPerKwh >= 0) || !(offSiteWaterLitresPerKwh >= 0)) {
      throw new IllegalArgumentException("Water intensities must be zero or more.");
    }
    if (!Double.isFinite(electricityPriceUsdPerMwh)) {
      throw new IllegalArgumentException(
          "The electricity_price_USD_per_MWh (" + electricityPriceUsdPerMwh + ") must be finite.");
    }
    intensitySeries.ifPresent(
        s -> {
          if (!s.unit().equals("gCO2e_per_kWh")) {
            throw new IllegalArgumentException(
                "The intensity series is in " + s.unit() + "; it must be in gCO2e_per_kWh.");
          }
        });
  }

  /** This site with another PUE. */
  public Site withPue(double newPue) {
    return new Site(
        newPue,
        gridIntensity,
        intensitySeries,
        wueOnSiteLitresPerKwh,
        offSiteWaterLitresPerKwh,
        electricityPriceUsdPerMwh);
  }

  /**
   * This site as serving sees it: serving has no single start time, so an hourly intensity series
   * is reduced to its mean, used as the constant intensity; a site without a series is unchanged.
   */
  public Site forServing() {
    return intensitySeries
        .map(s -> withGridIntensity(CarbonIntensity.ofGramsPerKilowattHour(s.mean())))
        .orElse(this);
  }

  /** This site with another constant grid intensity. */
  public Site withGridIntensity(CarbonIntensity intensity) {
    return new Site(
        pue,
        intensity,
        intensitySeries,
        wueOnSiteLitresPerKwh,
        offSiteWaterLitresPerKwh,
        electricityPriceUsdPerMwh);
  }
}
