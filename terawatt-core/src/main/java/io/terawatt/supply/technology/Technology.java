package io.terawatt.supply.technology;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One energy technology of the catalog with every figure and its source, and its cost and
 * availability over the scenario years {@value TechnologyCatalog#FIRST_YEAR}–{@value
 * TechnologyCatalog#LAST_YEAR}.
 *
 * @param id identifier, lower case with underscores, for example {@code wind_onshore}
 * @param name descriptive name
 * @param dispatchability variable, dispatchable, storage or import
 * @param carbonFree whether its output counts as carbon-free energy for 24/7 CFE (life-cycle-low
 *     technologies: wind, solar, hydro, nuclear, SMR, geothermal, CSP, fusion, space solar)
 * @param carbonFreeSource why
 * @param costs capital, O&amp;M, fuel, levelised cost, learning and economic life
 * @param emissions life-cycle and direct greenhouse-gas intensity
 * @param resources water, land and typical capacity factor
 * @param operation ramp rate, outage-based availability and merit order
 * @param availability first year new capacity can operate, as a range
 * @param maturity technology readiness
 * @param supplyChain supply-chain concentration
 * @param storage storage figures, present exactly for storage technologies
 * @param resourceDefaults the resource model of the technology's hourly profile when a site names
 *     none
 */
public record Technology(
    String id,
    String name,
    Dispatchability dispatchability,
    boolean carbonFree,
    Provenance carbonFreeSource,
    Costs costs,
    Emissions emissions,
    Resources resources,
    Operation operation,
    Availability availability,
    Maturity maturity,
    SupplyChain supplyChain,
    Optional<StorageParameters> storage,
    ResourceDefaults resourceDefaults) {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  /** Checks that the record is complete for its kind. */
  public Technology {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "A technology id must be lower case letters, digits and underscores, got '" + id + "'.");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("The technology " + id + " needs a name.");
    }
    Checks.required(
        dispatchability,
        carbonFreeSource,
        costs,
        emissions,
        resources,
        operation,
        availability,
        maturity,
        supplyChain,
        storage,
        resourceDefaults);
    if (storage.isPresent() != (dispatchability == Dispatchability.STORAGE)) {
      throw new IllegalArgumentException(
          "The technology " + id + " must have storage figures exactly when it is storage.");
    }
    if (dispatchability != Dispatchability.IMPORT && Double.isNaN(costs.economicLife_years())) {
      throw new IllegalArgumentException("The technology " + id + " needs an economic life.");
    }
    if (dispatchability.generates()) {
      if (Double.isNaN(emissions.lifecycle_gCO2e_per_kWh())) {
        throw new IllegalArgumentException(
            "The generating technology " + id + " needs a life-cycle intensity.");
      }
      if (operation.meritOrder().isEmpty()) {
        throw new IllegalArgumentException(
            "The generating technology " + id + " needs a merit order.");
      }
    }
    if (dispatchability == Dispatchability.DISPATCHABLE
        && Double.isNaN(operation.availabilityFactor())) {
      throw new IllegalArgumentException(
          "The dispatchable technology " + id + " needs an availability factor.");
    }
  }

  // ---------------------------------------------------------------- cost over the years

  /**
   * Overnight capital cost in a scenario year (for storage, the power part), in USD of {@link
   * Costs#dollarYear()}: the catalog value declining at {@link Costs#capexDecline_per_year()} after
   * {@link Costs#costBaseYear()}.
   */
  public double capex_USD_per_kW(int year) {
    return costs.capex_USD_per_kW() * factor(year);
  }

  /** Low end of the capital-cost range in a scenario year (same decline as the central value). */
  public double capexLow_USD_per_kW(int year) {
    return costs.capexLow_USD_per_kW() * factor(year);
  }

  /** High end of the capital-cost range in a scenario year (same decline as the central value). */
  public double capexHigh_USD_per_kW(int year) {
    return costs.capexHigh_USD_per_kW() * factor(year);
  }

  /** Capital cost of storage energy capacity in a scenario year. */
  public double capexEnergy_USD_per_kWh(int year) {
    return requireStorage().capexEnergy_USD_per_kWh() * factor(year);
  }

  /**
   * Capital recovery plus fixed O&amp;M per MW and year: capex(year) × 1000 × CRF(r, life) + fixed
   * O&amp;M × 1000. For storage this is the power part.
   *
   * @param year scenario year
   * @param discountRate real discount rate, for example {@link
   *     TechnologyCatalog#DEFAULT_DISCOUNT_RATE}
   */
  public double annualisedCapacityCost_USD_per_MW_year(int year, double discountRate) {
    if (dispatchability == Dispatchability.IMPORT) {
      throw new IllegalArgumentException(
          id + " has no capacity cost: grid imports are priced hour by hour in GridConnection.");
    }
    double crf = CapitalRecovery.factor(discountRate, costs.economicLife_years());
    return capex_USD_per_kW(year) * 1000 * crf + costs.fixedOm_USD_per_kW_year() * 1000;
  }

  /** {@link #annualisedCapacityCost_USD_per_MW_year(int, double)} at the default 7 %. */
  public double annualisedCapacityCost_USD_per_MW_year(int year) {
    return annualisedCapacityCost_USD_per_MW_year(year, TechnologyCatalog.DEFAULT_DISCOUNT_RATE);
  }

  /** Storage power part: capital recovery of the power capex plus fixed O&amp;M, per MW. */
  public double annualisedPowerCost_USD_per_MW_year(int year, double discountRate) {
    requireStorage();
    return annualisedCapacityCost_USD_per_MW_year(year, discountRate);
  }

  /** Storage energy part: capital recovery of the energy capex, per MWh of capacity. */
  public double annualisedEnergyCost_USD_per_MWh_year(int year, double discountRate) {
    double crf = CapitalRecovery.factor(discountRate, costs.economicLife_years());
    return capexEnergy_USD_per_kWh(year) * 1000 * crf;
  }

  /** Variable O&amp;M plus fuel (constant over the years: no fuel-price trajectory). */
  public double variableCost_USD_per_MWh() {
    return costs.variableCost_USD_per_MWh();
  }

  // ---------------------------------------------------------------- availability

  /** Whether new capacity can be operating in this year, by the earliest (optimistic) estimate. */
  public boolean isAvailable(int year) {
    return year >= availability.earliestYear();
  }

  /** Whether new capacity can be operating in this year even by the latest estimate. */
  public boolean isAvailableByLatestEstimate(int year) {
    return year >= availability.latestYear();
  }

  // ---------------------------------------------------------------- provenance

  /**
   * Every figure group with its provenance, in catalog column order: {@code carbon_free, capex,
   * fuel, lcoe, learning, life, lifecycle, direct, pm25, water, land, capacity_factor, resource,
   * ramp, outage, availability, maturity, supply_chain} and, for storage, {@code storage}.
   */
  public Map<String, Provenance> provenance() {
    Map<String, Provenance> m = new LinkedHashMap<>();
    m.put("carbon_free", carbonFreeSource);
    m.put("capex", costs.capexSource());
    m.put("fuel", costs.fuelSource());
    m.put("lcoe", costs.lcoeSource());
    m.put("learning", costs.learningSource());
    m.put("life", costs.lifeSource());
    m.put("lifecycle", emissions.lifecycleSource());
    m.put("direct", emissions.directSource());
    m.put("pm25", emissions.pm25Source());
    m.put("water", resources.waterSource());
    m.put("land", resources.landSource());
    m.put("capacity_factor", resources.capacityFactorSource());
    m.put("resource", resourceDefaults.source());
    m.put("ramp", operation.rampSource());
    m.put("outage", operation.outageSource());
    m.put("availability", availability.source());
    m.put("maturity", maturity.source());
    m.put("supply_chain", supplyChain.source());
    storage.ifPresent(s -> m.put("storage", s.source()));
    return Collections.unmodifiableMap(m);
  }

  /** The figure groups with this status, in catalog order. */
  public List<String> groups(Verification status) {
    List<String> out = new ArrayList<>();
    provenance()
        .forEach(
            (group, p) -> {
              if (p.status() == status) {
                out.add(group);
              }
            });
    return List.copyOf(out);
  }

  /** Whether every figure group is verified in a primary source. */
  public boolean verified() {
    return provenance().values().stream().allMatch(Provenance::isVerified);
  }

  private StorageParameters requireStorage() {
    return storage.orElseThrow(
        () -> new IllegalArgumentException(id + " is not a storage technology."));
  }

  private double factor(int year) {
    TechnologyCatalog.requireScenarioYear(year);
    return costs.declineFactor(year);
  }
}
