package io.terawatt.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.supply.resource.Mounting;
import io.terawatt.supply.resource.ResourceModel;
import io.terawatt.supply.resource.SolarPreset;
import io.terawatt.supply.resource.WindTurbine;
import io.terawatt.supply.technology.TechnologyCatalog;
import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A site spec becomes a site for a year: what the file leaves out comes from the catalog entry of
 * each technology and from the documented defaults, never from the technology's name.
 */
class SupplySitesTest {
  private static final OptionalDouble NONE = OptionalDouble.empty();

  static ProfileSpec model(
      Optional<ResourceModel> model,
      OptionalDouble speed,
      Optional<WindTurbine> turbine,
      Optional<SolarPreset> preset) {
    return new ProfileSpec(
        model,
        OptionalLong.of(3),
        preset,
        Optional.empty(),
        speed,
        turbine,
        NONE,
        Optional.empty());
  }

  static SupplySiteSpec site(
      double latitude,
      Optional<GridSpec> grid,
      List<ResourceSpec> resources,
      List<StorageSpec> storage) {
    return new SupplySiteSpec(
        "test",
        OptionalDouble.of(latitude),
        OptionalDouble.of(-6.3),
        OptionalInt.empty(),
        OptionalDouble.of(100),
        grid,
        resources,
        storage,
        NONE,
        NONE,
        NONE,
        NONE);
  }

  static ResourceSpec resource(String technology, ProfileSpec profile) {
    return new ResourceSpec(technology, NONE, OptionalDouble.of(500), Optional.of(profile));
  }

  @Test
  void windDefaultsComeFromTheCatalogEntry() {
    ProfileSpec bare = model(Optional.empty(), NONE, Optional.empty(), Optional.empty());
    ProfileSpec offshore =
        model(
            Optional.of(ResourceModel.WIND),
            OptionalDouble.of(9.5),
            Optional.of(WindTurbine.NREL_5MW),
            Optional.empty());
    ProfileSpec onshore =
        model(
            Optional.of(ResourceModel.WIND),
            OptionalDouble.of(7.5),
            Optional.of(WindTurbine.IEA_3_4MW),
            Optional.empty());

    SupplySite defaults =
        SupplySites.build(
            site(
                53,
                Optional.empty(),
                List.of(resource("wind_offshore", bare), resource("wind_onshore", bare)),
                List.of()),
            2030);
    SupplySite explicit =
        SupplySites.build(
            site(
                53,
                Optional.empty(),
                List.of(resource("wind_offshore", offshore), resource("wind_onshore", onshore)),
                List.of()),
            2030);

    var catalog = TechnologyCatalog.builtIn();
    assertThat(catalog.require("wind_offshore").resourceDefaults().windMeanSpeed_m_per_s())
        .isEqualTo(9.5);
    assertThat(catalog.require("wind_onshore").resourceDefaults().windTurbine())
        .contains(WindTurbine.IEA_3_4MW);
    for (int g = 0; g < 2; g++) {
      assertThat(defaults.generators().get(g).availability())
          .containsExactly(explicit.generators().get(g).availability());
    }
  }

  @Test
  void aSolarSiteWithoutPresetGetsTheClimateOfItsLatitude() {
    ProfileSpec bare = model(Optional.empty(), NONE, Optional.empty(), Optional.empty());
    ProfileSpec desert =
        model(
            Optional.of(ResourceModel.SOLAR),
            NONE,
            Optional.empty(),
            Optional.of(SolarPreset.US_DESERT_SOUTHWEST));

    SupplySite a =
        SupplySites.build(
            site(31.9, Optional.empty(), List.of(resource("solar_utility", bare)), List.of()),
            2030);
    SupplySite b =
        SupplySites.build(
            site(31.9, Optional.empty(), List.of(resource("solar_utility", desert)), List.of()),
            2030);

    assertThat(a.generators().get(0).availability())
        .containsExactly(b.generators().get(0).availability());
    assertThat(SolarPreset.forLatitude(53)).isEqualTo(SolarPreset.CENTRAL_EUROPE);
    assertThat(SolarPreset.forLatitude(-33)).isEqualTo(SolarPreset.US_DESERT_SOUTHWEST);
    assertThat(Mounting.byName("single-axis")).contains(Mounting.SINGLE_AXIS);
  }

  @Test
  void aMeasuredSeriesIsRepeatedToTheYearAndClippedToZeroOne() {
    HourlySeries day =
        new HourlySeries(
            Instant.parse("2019-01-01T00:00:00Z"),
            new double[] {0.5, 1.2, -0.1},
            "capacity_factor");
    ProfileSpec measured =
        new ProfileSpec(
            Optional.empty(),
            OptionalLong.empty(),
            Optional.empty(),
            Optional.empty(),
            NONE,
            Optional.empty(),
            NONE,
            Optional.of(day));

    SupplySite s =
        SupplySites.build(
            site(53, Optional.empty(), List.of(resource("solar_utility", measured)), List.of()),
            2030);

    double[] a = s.generators().get(0).availability();
    assertThat(a).hasSize(8760);
    assertThat(new double[] {a[0], a[1], a[2], a[3], a[8759]})
        .containsExactly(0.5, 1.0, 0.0, 0.5, 0.0);
  }

  @Test
  void whatTheFileLeavesOutTakesTheDocumentedDefaults() {
    Optional<GridSpec> grid =
        Optional.of(
            new GridSpec(
                Optional.of("IE"),
                NONE,
                NONE,
                NONE,
                OptionalDouble.of(100),
                NONE,
                NONE,
                NONE,
                OptionalLong.empty()));
    ResourceSpec gas = new ResourceSpec("gas_cc", NONE, NONE, Optional.empty());
    StorageSpec battery = new StorageSpec("battery_li_ion", NONE, NONE, NONE);

    SupplySite s =
        SupplySites.build(site(53, grid, List.of(gas), List.of(battery)), SupplySites.DEFAULT_YEAR);

    assertThat(s.start()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(s.grid().priceAt(0)).isEqualTo(SupplySites.DEFAULT_GRID_PRICE_USD_PER_MWH);
    assertThat(s.unservedPenalty_USD_per_MWh())
        .isEqualTo(SupplySites.DEFAULT_UNSERVED_PENALTY_USD_PER_MWH);
    assertThat(s.grid().intensity_gCO2e_per_kWh())
        .containsExactly(GridSignal.intensity(grid, Optional.empty(), 2030, 0).values());
    assertThat(s.grid().residualMix_gCO2e_per_kWh())
        .as("the residual mix defaults to the year's mean intensity")
        .isEqualTo(
            java.util.Arrays.stream(s.grid().intensity_gCO2e_per_kWh()).average().orElseThrow());
    assertThat(s.generators().get(0).availability())
        .as("a dispatchable plant at its catalog availability")
        .containsOnly(
            TechnologyCatalog.builtIn().require("gas_cc").operation().availabilityFactor());
    assertThat(s.storage().get(0).existingPower_MW()).isZero();
  }

  @Test
  void theSitesDiscountRateAnnualisesDispatchablePlantsToo() {
    ResourceSpec gas = new ResourceSpec("gas_cc", NONE, NONE, Optional.empty());
    SupplySiteSpec cheapMoney =
        new SupplySiteSpec(
            "a",
            NONE,
            NONE,
            OptionalInt.empty(),
            NONE,
            Optional.empty(),
            List.of(gas),
            List.of(),
            NONE,
            NONE,
            NONE,
            OptionalDouble.of(0.03));
    SupplySiteSpec dearMoney =
        new SupplySiteSpec(
            "b",
            NONE,
            NONE,
            OptionalInt.empty(),
            NONE,
            Optional.empty(),
            List.of(gas),
            List.of(),
            NONE,
            NONE,
            NONE,
            OptionalDouble.of(0.10));

    double cheap =
        SupplySites.build(cheapMoney, 2030)
            .generators()
            .get(0)
            .annualisedCapacityCost_USD_per_MW_year();
    double dear =
        SupplySites.build(dearMoney, 2030)
            .generators()
            .get(0)
            .annualisedCapacityCost_USD_per_MW_year();

    assertThat(cheap).isLessThan(dear);
  }

  @Test
  void aProfileThatNeitherTheFileNorTheCatalogCanCompleteIsNamed() {
    var catalog = TechnologyCatalog.builtIn();
    ProfileSpec seedOnly = model(Optional.empty(), NONE, Optional.empty(), Optional.empty());
    ProfileSpec windOnSolar =
        model(Optional.of(ResourceModel.WIND), NONE, Optional.empty(), Optional.empty());

    assertThat(ResourceProfiles.missing(seedOnly, catalog.require("hydro")))
        .containsExactly("model");
    assertThat(ResourceProfiles.missing(windOnSolar, catalog.require("solar_utility")))
        .containsExactly("mean_speed_m_per_s", "turbine");
    assertThat(ResourceProfiles.missing(seedOnly, catalog.require("wind_onshore"))).isEmpty();
    assertThatThrownBy(
            () ->
                SupplySites.build(
                    site(53, Optional.empty(), List.of(resource("hydro", seedOnly)), List.of()),
                    2030))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hydro needs model");
  }

  @Test
  void theYearIsTheRequestsThenTheFilesThenTheDefault() {
    SupplySiteSpec none = site(53, Optional.empty(), List.of(), List.of());

    assertThat(SupplySites.year(none, OptionalInt.empty())).isEqualTo(SupplySites.DEFAULT_YEAR);
    assertThat(SupplySites.year(none, OptionalInt.of(2040))).isEqualTo(2040);
    assertThatThrownBy(() -> SupplySites.year(none, OptionalInt.of(2060)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2060");
  }
}
