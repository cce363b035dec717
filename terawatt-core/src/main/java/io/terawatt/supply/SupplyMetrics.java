package io.terawatt.supply;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Yearly figures of a site's hourly flows.
 *
 * <p>Emissions are kept apart as the GHG Protocol asks: {@code scope1_tCO2e} is on-site combustion;
 * location-based Scope 2 is each hour's import times that hour's average grid intensity;
 * market-based Scope 2 is the imports not matched by the site's own exported carbon-free energy
 * over the year, times the residual-mix factor. The two totals add Scope 1 to each. Hourly
 * carbon-free energy (24/7) counts, each hour, the load met by carbon-free generation (net of
 * storage charging and exports, plus storage discharge) and by the grid's carbon-free share of
 * imports, capped at the load; annual matching compares the year's carbon-free generation with the
 * year's load.
 *
 * @param energyBySource_MWh energy delivered by each generator technology, storage discharge and
 *     grid import
 * @param load_MWh yearly load
 * @param gridImport_MWh yearly imports
 * @param gridExport_MWh yearly exports
 * @param curtailed_MWh variable output not used
 * @param unserved_MWh load not met
 * @param scope1_tCO2e on-site combustion
 * @param emissionsLocation_tCO2e Scope 1 plus location-based Scope 2
 * @param emissionsMarket_tCO2e Scope 1 plus market-based Scope 2
 * @param hourlyCfe_pct hourly carbon-free energy score
 * @param annualMatch_pct carbon-free generation over load for the year, capped at 100
 * @param capacityCost_USD annualised capacity costs of generators and storage
 * @param energyCost_USD variable costs of generation
 * @param gridCost_USD imports at the hourly price
 * @param exportRevenue_USD exports at the hourly price times the export factor
 * @param unservedCost_USD unserved energy at the site's penalty
 * @param water_m3 water consumed by generation
 * @param land_km2 land of generators and storage
 * @param peakGridDraw_MW largest hourly import
 * @param maxEnergyBalanceError_MWh largest absolute hourly balance error
 */
public record SupplyMetrics(
    Map<String, Double> energyBySource_MWh,
    double load_MWh,
    double gridImport_MWh,
    double gridExport_MWh,
    double curtailed_MWh,
    double unserved_MWh,
    double scope1_tCO2e,
    double emissionsLocation_tCO2e,
    double emissionsMarket_tCO2e,
    double hourlyCfe_pct,
    double annualMatch_pct,
    double capacityCost_USD,
    double energyCost_USD,
    double gridCost_USD,
    double exportRevenue_USD,
    double unservedCost_USD,
    double water_m3,
    double land_km2,
    double peakGridDraw_MW,
    double maxEnergyBalanceError_MWh) {

  /** Copies the map. */
  public SupplyMetrics {
    energyBySource_MWh = Map.copyOf(energyBySource_MWh);
  }

  /** Total cost of the year, USD. */
  public double totalCost_USD() {
    return capacityCost_USD + energyCost_USD + gridCost_USD - exportRevenue_USD + unservedCost_USD;
  }

  /** Computes the metrics of a site's flows, the site's capacities being the built ones. */
  public static SupplyMetrics of(SupplySite site, HourlyFlows f) {
    int n = site.hours();
    GridConnection grid = site.grid();
    Map<String, Double> bySource = new LinkedHashMap<>();
    double load = 0;
    double imports = 0;
    double exports = 0;
    double curtailed = 0;
    double unserved = 0;
    double scope1Grams = 0;
    double locationGrams = 0;
    double cfe = 0;
    double cleanGeneration = 0;
    double energyCost = 0;
    double gridCost = 0;
    double exportRevenue = 0;
    double waterLitres = 0;
    double peak = 0;
    double maxError = 0;
    for (int h = 0; h < n; h++) {
      double loadH = site.loadAt(h);
      load += loadH;
      double clean = 0;
      for (int g = 0; g < site.generators().size(); g++) {
        GeneratorOption o = site.generators().get(g);
        double e = f.generation_MW()[g][h];
        curtailed += f.curtailment_MW()[g][h];
        scope1Grams += e * 1e3 * o.directEmissions_gCO2e_per_kWh();
        energyCost += e * o.variableCost_USD_per_MWh();
        waterLitres += e * o.water_L_per_MWh();
        if (o.carbonFree()) {
          clean += e;
        }
      }
      double charge = 0;
      double discharge = 0;
      for (int s = 0; s < site.storage().size(); s++) {
        charge += f.charge_MW()[s][h];
        discharge += f.discharge_MW()[s][h];
      }
      cleanGeneration += clean;
      double imp = f.gridImport_MW()[h];
      double exp = f.gridExport_MW()[h];
      imports += imp;
      exports += exp;
      unserved += f.unserved_MW()[h];
      locationGrams += imp * 1e3 * grid.intensityAt(h);
      gridCost += imp * grid.priceAt(h);
      exportRevenue += exp * grid.priceAt(h) * grid.exportPriceFactor();
      double cleanServed =
          Math.max(0, clean - exp - charge + discharge) + imp * grid.carbonFreeShareAt(h);
      cfe += Math.min(loadH, cleanServed);
      peak = Math.max(peak, imp);
      maxError = Math.max(maxError, Math.abs(f.balanceError(site, h)));
    }
    for (int g = 0; g < site.generators().size(); g++) {
      double sum = 0;
      for (double v : f.generation_MW()[g]) {
        sum += v;
      }
      bySource.merge(site.generators().get(g).technology(), sum, Double::sum);
    }
    double dischargeTotal = 0;
    for (double[] d : f.discharge_MW()) {
      for (double v : d) {
        dischargeTotal += v;
      }
    }
    bySource.put("storage_discharge", dischargeTotal);
    bySource.put("grid_import", imports);
    double capacityCost = 0;
    double landM2 = 0;
    for (GeneratorOption o : site.generators()) {
      capacityCost += o.existingCapacity_MW() * o.annualisedCapacityCost_USD_per_MW_year();
      landM2 += o.existingCapacity_MW() * o.land_m2_per_MW();
    }
    for (StorageOption s : site.storage()) {
      capacityCost +=
          s.existingPower_MW() * s.annualisedPowerCost_USD_per_MW_year()
              + s.existingEnergy_MWh() * s.annualisedEnergyCost_USD_per_MWh_year();
      landM2 += s.existingPower_MW() * s.land_m2_per_MW();
    }
    double cleanExported = Math.min(exports, cleanGeneration);
    double marketGrams =
        Math.max(0, imports - cleanExported) * 1e3 * grid.residualMix_gCO2e_per_kWh();
    double scope1 = scope1Grams / 1e6;
    return new SupplyMetrics(
        bySource,
        load,
        imports,
        exports,
        curtailed,
        unserved,
        scope1,
        scope1 + locationGrams / 1e6,
        scope1 + marketGrams / 1e6,
        load > 0 ? 100 * cfe / load : 0,
        load > 0 ? Math.min(100, 100 * cleanGeneration / load) : 0,
        capacityCost,
        energyCost,
        gridCost,
        exportRevenue,
        unserved * site.unservedPenalty_USD_per_MWh(),
        waterLitres / 1e3,
        landM2 / 1e6,
        peak,
        maxError);
  }
}
