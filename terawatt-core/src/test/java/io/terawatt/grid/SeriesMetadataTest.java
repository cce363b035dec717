package io.terawatt.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Series metadata keeps average and marginal, life-cycle and direct, and prices apart. */
class SeriesMetadataTest {
  private static SeriesMetadata ci(Signal signal, EmissionBasis basis) {
    return new SeriesMetadata("DE-LU", GridQuantity.CARBON_INTENSITY, signal, basis, "test");
  }

  @Test
  void refusesToCombineAverageWithMarginalNamingBoth() {
    SeriesMetadata average = ci(Signal.AVERAGE, EmissionBasis.DIRECT);
    SeriesMetadata marginal = ci(Signal.MARGINAL, EmissionBasis.DIRECT);

    assertThatThrownBy(() -> average.requireCombinableWith(marginal))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DE-LU average direct gCO2e_per_kWh")
        .hasMessageContaining("DE-LU marginal direct gCO2e_per_kWh");
  }

  @Test
  void refusesToCombineLifecycleWithDirectNamingBoth() {
    SeriesMetadata lifecycle = ci(Signal.AVERAGE, EmissionBasis.LIFECYCLE);
    SeriesMetadata direct = ci(Signal.AVERAGE, EmissionBasis.DIRECT);

    assertThatThrownBy(() -> lifecycle.requireCombinableWith(direct))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DE-LU average lifecycle gCO2e_per_kWh")
        .hasMessageContaining("DE-LU average direct gCO2e_per_kWh");
  }

  @Test
  void refusesToCombineIntensityWithPrice() {
    assertThatThrownBy(
            () ->
                SeriesMetadata.averageLifecycle("GB", "a")
                    .requireCombinableWith(SeriesMetadata.price("GB", "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GB price USD_per_MWh");
  }

  @Test
  void combinesSameSignalAndBasisFromOtherZonesAndSources() {
    SeriesMetadata a = SeriesMetadata.averageLifecycle("DE-LU", "Electricity Maps");
    SeriesMetadata b = SeriesMetadata.averageLifecycle("FR", "another file");

    assertThatCode(() -> a.requireCombinableWith(b)).doesNotThrowAnyException();
  }

  @Test
  void aCarbonSeriesMustNameSignalAndBasis() {
    assertThatThrownBy(() -> ci(Signal.NOT_APPLICABLE, EmissionBasis.LIFECYCLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("average or marginal");
    assertThatThrownBy(() -> ci(Signal.AVERAGE, EmissionBasis.NOT_APPLICABLE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPriceSeriesHasNoSignalOrBasis() {
    assertThatThrownBy(
            () ->
                new SeriesMetadata(
                    "DE-LU",
                    GridQuantity.ELECTRICITY_PRICE,
                    Signal.AVERAGE,
                    EmissionBasis.NOT_APPLICABLE,
                    "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("price");
  }

  @Test
  void aSeriesNeedsAZone() {
    assertThatThrownBy(() -> SeriesMetadata.averageLifecycle(" ", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zone");
  }

  @Test
  void describesItselfWithZoneSignalBasisAndUnit() {
    assertThat(SeriesMetadata.averageLifecycle("SG", "x").describe())
        .isEqualTo("SG average lifecycle gCO2e_per_kWh");
    assertThat(SeriesMetadata.price("SG", "x").describe()).isEqualTo("SG price USD_per_MWh");
    assertThat(SeriesMetadata.price("SG", "x").unit()).isEqualTo("USD_per_MWh");
  }

  @Test
  void parsesSignalAndBasisNames() {
    assertThat(Signal.parse("Marginal")).contains(Signal.MARGINAL);
    assertThat(Signal.parse("hourly")).isEmpty();
    assertThat(EmissionBasis.parse("life-cycle")).isEmpty();
    assertThat(EmissionBasis.parse("lifecycle")).contains(EmissionBasis.LIFECYCLE);
    assertThat(EmissionBasis.parse("DIRECT")).contains(EmissionBasis.DIRECT);
  }

  @Test
  void carbonIntensityBoundsAreZeroToThreeThousand() {
    assertThat(GridQuantity.CARBON_INTENSITY.isPossible(0)).isTrue();
    assertThat(GridQuantity.CARBON_INTENSITY.isPossible(3000)).isTrue();
    assertThat(GridQuantity.CARBON_INTENSITY.isPossible(-0.01)).isFalse();
    assertThat(GridQuantity.CARBON_INTENSITY.isPossible(3000.01)).isFalse();
    assertThat(GridQuantity.ELECTRICITY_PRICE.isPossible(-500)).isTrue();
  }
}
