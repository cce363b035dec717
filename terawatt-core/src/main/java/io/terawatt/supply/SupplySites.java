package io.terawatt.supply;

import io.terawatt.supply.technology.Dispatchability;
import io.terawatt.supply.technology.Technology;
import io.terawatt.supply.technology.TechnologyCatalog;
import io.terawatt.supply.technology.TechnologyOptions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Builds a {@link SupplySite} for one year from a {@link SupplySiteSpec}: costs and availability
 * from the technology catalog for that year, hourly profiles from {@link ResourceProfiles}, the
 * grid intensity from {@link GridSignal} (or the one the caller gives), and the defaults below for
 * whatever the file leaves out.
 */
public final class SupplySites {
  /** Planning year of a site that names none (the example sites' year; a convention). */
  public static final int DEFAULT_YEAR = 2030;

  /**
   * Value of lost load when the site gives none, USD/MWh: 10,000, a round figure of the order of
   * the energy-only price caps that stand in for it (ERCOT's was 9,000 in 2019-2021; unverified
   * here) and high enough that planning serves every hour it can.
   */
  public static final double DEFAULT_UNSERVED_PENALTY_USD_PER_MWH = 10_000;

  /**
   * Grid import price when the site gives none, USD/MWh: 60, a Terawatt placeholder of the order of
   * wholesale prices (unverified; give the site's tariff).
   */
  public static final double DEFAULT_GRID_PRICE_USD_PER_MWH = 60;

  /** Latitude and longitude of a site that gives none, degrees (the solar model needs a place). */
  public static final double DEFAULT_COORDINATE_DEG = 0;

  private SupplySites() {}

  /** The planning year: {@code year} when given, else the spec's, else {@value #DEFAULT_YEAR}. */
  public static int year(SupplySiteSpec spec, OptionalInt year) {
    int y = year.isPresent() ? year.getAsInt() : spec.year().orElse(DEFAULT_YEAR);
    if (y < TechnologyCatalog.FIRST_YEAR || y > TechnologyCatalog.LAST_YEAR) {
      throw new IllegalArgumentException(
          "The planning year "
              + y
              + " is outside "
              + TechnologyCatalog.FIRST_YEAR
              + "-"
              + TechnologyCatalog.LAST_YEAR
              + ".");
    }
    return y;
  }

  /** The site for a year, its grid intensity from its own grid spec (zone or constant). */
  public static SupplySite build(SupplySiteSpec spec, int year) {
    return build(
        spec,
        year,
        spec.load_MW(),
        GridSignal.intensity(spec.grid(), Optional.empty(), year, 0).values());
  }

  /**
   * The site for a year with the given load and grid intensity.
   *
   * @param load_MW constant load; empty for the spec's (0 when it has none)
   * @param intensity_gCO2e_per_kWh the grid's hourly intensity over the year's hours
   * @throws IllegalArgumentException when a technology or the spec does not fit the year
   */
  public static SupplySite build(
      SupplySiteSpec spec, int year, OptionalDouble load_MW, double[] intensity_gCO2e_per_kWh) {
    int hours = LocalDate.of(year, 1, 1).lengthOfYear() * 24;
    if (intensity_gCO2e_per_kWh.length != hours) {
      throw new IllegalArgumentException(
          "The grid intensity has "
              + intensity_gCO2e_per_kWh.length
              + " hours; the year "
              + year
              + " has "
              + hours
              + ".");
    }
    TechnologyCatalog catalog = TechnologyCatalog.builtIn();
    double discount = spec.discountRate().orElse(TechnologyCatalog.DEFAULT_DISCOUNT_RATE);
    List<GeneratorOption> generators = new ArrayList<>();
    for (ResourceSpec r : spec.resources()) {
      generators.add(generator(r, catalog.require(r.technology()), spec, year, hours, discount));
    }
    List<StorageOption> storage = new ArrayList<>();
    for (StorageSpec s : spec.storage()) {
      storage.add(
          TechnologyOptions.toStorage(
              catalog.require(s.technology()),
              year,
              s.existingPower_MW().orElse(0),
              s.existingEnergy_MWh().orElse(0),
              s.maxPower_MW(),
              discount));
    }
    double[] load = new double[hours];
    Arrays.fill(load, load_MW.isPresent() ? load_MW.getAsDouble() : spec.load_MW().orElse(0));
    return new SupplySite(
        spec.name(),
        LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(),
        load,
        grid(spec.grid(), intensity_gCO2e_per_kWh),
        generators,
        storage,
        spec.landLimit_km2(),
        spec.waterLimit_m3(),
        spec.unservedPenalty_USD_per_MWh().orElse(DEFAULT_UNSERVED_PENALTY_USD_PER_MWH));
  }

  private static GeneratorOption generator(
      ResourceSpec r, Technology tech, SupplySiteSpec spec, int year, int hours, double discount) {
    double existing = r.existing_MW().orElse(0);
    if (r.profile().isEmpty() && tech.dispatchability() == Dispatchability.DISPATCHABLE) {
      // A dispatchable plant is available at its catalog availability in every hour.
      double[] available =
          TechnologyOptions.constantAvailability(hours, tech.operation().availabilityFactor());
      return TechnologyOptions.toGenerator(tech, year, available, existing, r.max_MW(), discount);
    }
    ProfileSpec p =
        r.profile()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "The variable resource " + tech.id() + " needs a profile."));
    double[] profile =
        ResourceProfiles.profile(
            p,
            tech,
            year,
            hours,
            spec.latitude_deg().orElse(DEFAULT_COORDINATE_DEG),
            spec.longitude_deg().orElse(DEFAULT_COORDINATE_DEG));
    return TechnologyOptions.toGenerator(tech, year, profile, existing, r.max_MW(), discount);
  }

  private static GridConnection grid(Optional<GridSpec> spec, double[] intensity) {
    int hours = intensity.length;
    if (spec.isEmpty()) {
      double[] zero = new double[hours];
      return new GridConnection(intensity, zero, zero, 0, 0, 0, 0);
    }
    GridSpec g = spec.get();
    double[] price = new double[hours];
    Arrays.fill(price, g.price_USD_per_MWh().orElse(DEFAULT_GRID_PRICE_USD_PER_MWH));
    double[] cfe = new double[hours];
    Arrays.fill(cfe, g.carbonFreeShare().orElse(0));
    double mean = Arrays.stream(intensity).average().orElse(0);
    return new GridConnection(
        intensity,
        price,
        cfe,
        g.importLimit_MW().orElse(0),
        g.exportLimit_MW().orElse(0),
        g.exportPriceFactor().orElse(0),
        g.residualMix_gCO2e_per_kWh().orElse(mean));
  }
}
