package io.terawatt.supply.technology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.grid.LifecycleFactors;
import io.terawatt.supply.resource.ResourceModel;
import io.terawatt.supply.resource.WindTurbine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TechnologyCatalogTest {
  private final TechnologyCatalog catalog = TechnologyCatalog.builtIn();

  @Test
  void holdsEveryRequestedTechnology() {
    assertThat(catalog.ids())
        .containsExactlyInAnyOrder(
            "coal",
            "gas_cc",
            "gas_peaker",
            "nuclear_large",
            "smr",
            "hydro",
            "wind_onshore",
            "wind_offshore",
            "solar_utility",
            "solar_rooftop",
            "csp",
            "geothermal",
            "biomass",
            "battery_li_ion",
            "long_duration_storage",
            "grid_import",
            "fusion",
            "space_solar");
    assertThat(catalog.find("Wind_Onshore")).isPresent();
    assertThat(catalog.find("wind")).isEmpty();
    assertThatThrownBy(() -> catalog.require("wind"))
        .hasMessageContaining("Unknown technology 'wind'")
        .hasMessageContaining("wind_onshore");
  }

  @Test
  void everyRowHasEveryColumnFilledIn() throws IOException {
    List<String[]> rows = rawRows();
    String[] header = rows.get(0);
    assertThat(rows).hasSize(19);
    for (String[] row : rows.subList(1, rows.size())) {
      assertThat(row).as("cells of %s", row[0]).hasSameSizeAs(header);
      for (int i = 0; i < header.length; i++) {
        assertThat(row[i]).as("%s.%s", row[0], header[i]).isNotBlank();
      }
    }
    // Every figure group has a source and a status column.
    List<String> columns = List.of(header);
    for (String column : columns) {
      if (column.endsWith("_status")) {
        String group = column.substring(0, column.length() - "_status".length());
        assertThat(columns).contains(group + "_source");
      }
    }
  }

  @Test
  void everyTechnologyHasEveryFigureItNeedsAndASourceForEachGroup() {
    for (Technology t : catalog.all()) {
      String id = t.id();
      Costs c = t.costs();
      assertThat(c.capex_USD_per_kW()).as(id).isFinite().isNotNegative();
      assertThat(c.fixedOm_USD_per_kW_year()).as(id).isFinite();
      assertThat(c.variableCost_USD_per_MWh()).as(id).isFinite();
      assertThat(c.capexDecline_per_year()).as(id).isBetween(0.0, 0.1);
      assertThat(c.dollarYear()).as(id).isBetween(2022, 2025);
      assertThat(t.resources().water_L_per_MWh()).as(id).isFinite();
      assertThat(t.resources().landDirect_m2_per_MW()).as(id).isFinite();
      assertThat(t.emissions().direct_gCO2e_per_kWh()).as(id).isFinite();
      assertThat(t.maturity().trl()).as(id).isBetween(1, 9);
      assertThat(t.availability().earliestYear()).as(id).isBetween(2025, 2050);
      if (t.dispatchability() != Dispatchability.IMPORT) {
        assertThat(c.economicLife_years()).as(id).isBetween(10.0, 40.0);
      }
      if (t.dispatchability().generates()) {
        assertThat(t.emissions().lifecycle_gCO2e_per_kWh()).as(id).isFinite();
        assertThat(t.resources().capacityFactor()).as(id).isBetween(0.05, 1.0);
        assertThat(t.operation().meritOrder()).as(id).isPresent();
      }
      if (t.dispatchability() == Dispatchability.DISPATCHABLE) {
        assertThat(t.operation().availabilityFactor()).as(id).isBetween(0.3, 1.0);
      }
      Map<String, Provenance> groups = t.provenance();
      assertThat(groups).as(id).hasSize(t.storage().isPresent() ? 19 : 18);
      groups.forEach((group, p) -> assertThat(p.source()).as("%s.%s", id, group).isNotBlank());
    }
  }

  @Test
  void unverifiedFiguresSaySoInTheirSourceAndNowhereElse() {
    for (Technology t : catalog.all()) {
      t.provenance()
          .forEach(
              (group, p) ->
                  assertThat(p.source().toLowerCase(Locale.ROOT).contains("unverified"))
                      .as("%s.%s (%s): %s", t.id(), group, p.status(), p.source())
                      .isEqualTo(p.status() == Verification.UNVERIFIED));
    }
  }

  @Test
  void projectedTechnologiesAreFlaggedUnverified() {
    for (String id : List.of("fusion", "space_solar", "long_duration_storage")) {
      Technology t = catalog.require(id);
      assertThat(t.verified()).as(id).isFalse();
      assertThat(t.groups(Verification.UNVERIFIED))
          .as(id)
          .contains("capex", "availability", "maturity");
    }
    // The peaker has no IPCC row: its life-cycle figure is a derivation.
    assertThat(catalog.require("gas_peaker").groups(Verification.UNVERIFIED)).contains("lifecycle");
  }

  @Test
  void primarySourcedFiguresAreMarkedVerified() {
    Technology gas = catalog.require("gas_cc");
    assertThat(gas.costs().capexSource().status()).isEqualTo(Verification.VERIFIED);
    assertThat(gas.costs().capexSource().source()).contains("Annual Energy Outlook 2026");
    assertThat(gas.emissions().lifecycleSource().source()).contains("IPCC AR5");
    assertThat(gas.emissions().lifecycle_gCO2e_per_kWh()).isEqualTo(490);
    assertThat(catalog.require("coal").emissions().lifecycle_gCO2e_per_kWh()).isEqualTo(820);
    assertThat(catalog.require("wind_onshore").emissions().lifecycle_gCO2e_per_kWh()).isEqualTo(11);
    assertThat(catalog.require("nuclear_large").emissions().lifecycle_gCO2e_per_kWh())
        .isEqualTo(12);
  }

  @Test
  void carbonFreeMeansLifeCycleLow() {
    for (Technology t : catalog.all()) {
      boolean expected =
          List.of(
                  "wind_onshore",
                  "wind_offshore",
                  "solar_utility",
                  "solar_rooftop",
                  "hydro",
                  "nuclear_large",
                  "smr",
                  "geothermal",
                  "csp",
                  "fusion",
                  "space_solar")
              .contains(t.id());
      assertThat(t.carbonFree()).as(t.id()).isEqualTo(expected);
      if (expected) {
        assertThat(t.emissions().lifecycle_gCO2e_per_kWh()).as(t.id()).isLessThanOrEqualTo(48);
      }
    }
  }

  @Test
  void storageFiguresArePlausibleAndOnlyOnStorage() {
    for (Technology t : catalog.all()) {
      assertThat(t.storage().isPresent())
          .as(t.id())
          .isEqualTo(t.dispatchability() == Dispatchability.STORAGE);
      t.storage()
          .ifPresent(
              s -> {
                assertThat(s.roundTripEfficiency())
                    .as(t.id())
                    .isGreaterThan(0)
                    .isLessThanOrEqualTo(1);
                assertThat(s.maxDuration_h()).as(t.id()).isGreaterThanOrEqualTo(s.minDuration_h());
              });
    }
    assertThat(catalog.require("battery_li_ion").storage().orElseThrow().roundTripEfficiency())
        .isEqualTo(0.85);
  }

  @Test
  void aBrokenCatalogReportsEveryProblemWithLineAndColumn() throws IOException {
    List<String[]> rows = rawRows();
    String header = String.join("\t", rows.get(0));
    String[] gas = rows.get(2).clone();
    String[] wind = rows.get(7).clone();
    int capex = List.of(rows.get(0)).indexOf("capex_USD_per_kW");
    int status = List.of(rows.get(0)).indexOf("fuel_status");
    int life = List.of(rows.get(0)).indexOf("economic_life_years");
    gas[capex] = "cheap";
    wind[status] = "probably";
    wind[life] = "";
    String text = header + "\n" + String.join("\t", gas) + "\n" + String.join("\t", wind) + "\n";
    assertThatThrownBy(() -> TechnologyCatalog.read(new StringReader(text), "bad.tsv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 problem(s)")
        .hasMessageContaining("bad.tsv line 2 (" + gas[0] + "), capex_USD_per_kW: 'cheap'")
        .hasMessageContaining("bad.tsv line 3 (" + wind[0] + "), fuel_source/fuel_status")
        .hasMessageContaining("economic_life_years: empty cell");
  }

  @Test
  void aSourceThatHidesAnUnverifiedFigureIsRejected() throws IOException {
    List<String[]> rows = rawRows();
    String[] row = rows.get(1).clone();
    int status = List.of(rows.get(0)).indexOf("land_status");
    row[status] = "verified"; // coal's land figure is unverified and says so
    String text = String.join("\t", rows.get(0)) + "\n" + String.join("\t", row) + "\n";
    assertThatThrownBy(() -> TechnologyCatalog.read(new StringReader(text), "x.tsv"))
        .hasMessageContaining("land_source/land_status")
        .hasMessageContaining("exactly when its status is unverified");
  }

  @Test
  void withReplacesByIdentifier() {
    Technology wind = catalog.require("wind_onshore");
    Technology renamed =
        new Technology(
            wind.id(),
            "My wind",
            wind.dispatchability(),
            wind.carbonFree(),
            wind.carbonFreeSource(),
            wind.costs(),
            wind.emissions(),
            wind.resources(),
            wind.operation(),
            wind.availability(),
            wind.maturity(),
            wind.supplyChain(),
            wind.storage(),
            wind.resourceDefaults());
    TechnologyCatalog mine = catalog.with(List.of(renamed));
    assertThat(mine.require("wind_onshore").name()).isEqualTo("My wind");
    assertThat(mine.ids()).hasSameSizeAs(catalog.ids());
    assertThat(catalog.require("wind_onshore").name()).isNotEqualTo("My wind");
  }

  @Test
  void lifeCycleFiguresOfIpccTechnologiesComeFromGridsOneTable() throws IOException {
    var coal = LifecycleFactors.ipccAr5("coal").orElseThrow();
    Emissions e = catalog.require("coal").emissions();
    assertThat(
            new double[] {
              e.lifecycleLow_gCO2e_per_kWh(),
              e.lifecycle_gCO2e_per_kWh(),
              e.lifecycleHigh_gCO2e_per_kWh()
            })
        .containsExactly(
            coal.min_gCO2e_per_kWh(), coal.median_gCO2e_per_kWh(), coal.max_gCO2e_per_kWh());
    assertThat(catalog.require("smr").emissions().lifecycle_gCO2e_per_kWh())
        .as("a proxy refers to its row too")
        .isEqualTo(LifecycleFactors.ipccAr5("nuclear").orElseThrow().median_gCO2e_per_kWh());
    List<String[]> rows = rawRows();
    List<String> header = List.of(rows.get(0));
    int factor = header.indexOf("lifecycle_factor");
    int median = header.indexOf("lifecycle_gCO2e_per_kWh");
    for (String[] row : rows.subList(1, rows.size())) {
      if (!row[factor].equals("n/a")) {
        assertThat(row[median]).as("%s: one home for the IPCC figure", row[0]).isEqualTo("n/a");
      }
    }
  }

  @Test
  void aRowThatRepeatsAnIpccFigureIsRejected() throws IOException {
    List<String[]> rows = rawRows();
    String[] coal = rows.get(1).clone();
    coal[List.of(rows.get(0)).indexOf("lifecycle_gCO2e_per_kWh")] = "820";
    String text = String.join("\t", rows.get(0)) + "\n" + String.join("\t", coal) + "\n";
    assertThatThrownBy(() -> TechnologyCatalog.read(new StringReader(text), "twice.tsv"))
        .hasMessageContaining("lifecycle_gCO2e_per_kWh")
        .hasMessageContaining("write n/a");
  }

  @Test
  void airPollutionAndResourceModelsAreCatalogProperties() {
    assertThat(catalog.require("gas_cc").emissions().pm25_g_per_kWh()).isEqualTo(0.0086);
    assertThat(catalog.require("gas_peaker").emissions().pm25_g_per_kWh()).isEqualTo(0.0086);
    assertThat(catalog.require("coal").emissions().pm25_g_per_kWh()).isEqualTo(0.05);
    assertThat(catalog.require("wind_onshore").emissions().pm25_g_per_kWh()).isZero();
    assertThat(catalog.require("biomass").emissions().pm25_g_per_kWh()).as("not estimated").isNaN();
    ResourceDefaults offshore = catalog.require("wind_offshore").resourceDefaults();
    assertThat(offshore.model()).contains(ResourceModel.WIND);
    assertThat(offshore.windMeanSpeed_m_per_s()).isEqualTo(9.5);
    assertThat(offshore.windTurbine()).contains(WindTurbine.NREL_5MW);
    assertThat(catalog.require("solar_rooftop").resourceDefaults().model())
        .contains(ResourceModel.SOLAR);
    assertThat(catalog.require("hydro").resourceDefaults().model()).isEmpty();
  }

  static List<String[]> rawRows() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = TechnologyCatalog.class.getResourceAsStream("technology-catalog.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }
}
