package io.terawatt.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GridForecast;
import io.terawatt.grid.GridQuantity;
import io.terawatt.grid.GridQueryResult;
import io.terawatt.grid.Signal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The grid writers: units in the column names, missing hours left out, one point per hour. */
class GridWritersTest {
  private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

  @Test
  void aQueryIsWrittenWithoutItsMissingHours() throws Exception {
    GridQueryResult r =
        new GridQueryResult(
            "Z",
            GridQuantity.CARBON_INTENSITY,
            Signal.MARGINAL,
            EmissionBasis.DIRECT,
            T0,
            new double[] {400, Double.NaN, 410.25});

    assertThat(GridQueryWriter.csv(r))
        .isEqualTo(
            "time,intensity_gCO2e_per_kWh\n"
                + "2024-03-01T00:00:00Z,400.0000\n"
                + "2024-03-01T02:00:00Z,410.2500\n");
    JsonNode json = new ObjectMapper().readTree(GridQueryWriter.json(r));
    assertThat(json.get("signal").asText()).isEqualTo("marginal");
    assertThat(json.get("points")).hasSize(2);
    assertThat(json.get("points").get(1).get("intensity_gCO2e_per_kWh").asDouble())
        .isEqualTo(410.25);
  }

  @Test
  void pricesCarryNoSignalAndTheirOwnUnit() throws Exception {
    GridQueryResult r =
        new GridQueryResult(
            "Z",
            GridQuantity.ELECTRICITY_PRICE,
            Signal.NOT_APPLICABLE,
            EmissionBasis.NOT_APPLICABLE,
            T0,
            new double[] {55});

    assertThat(GridQueryWriter.csv(r)).startsWith("time,price_USD_per_MWh\n");
    JsonNode json = new ObjectMapper().readTree(GridQueryWriter.json(r));
    assertThat(json.has("signal")).isFalse();
    assertThat(json.get("points").get(0).get("price_USD_per_MWh").asDouble()).isEqualTo(55);
  }

  @Test
  void aForecastHasOnePointPerHourAhead() throws Exception {
    GridForecast f =
        new GridForecast(
            "Z",
            T0,
            Signal.AVERAGE,
            EmissionBasis.LIFECYCLE,
            "persistence",
            200,
            3,
            new double[] {300, 310},
            Optional.empty());

    JsonNode json = new ObjectMapper().readTree(GridForecastWriter.json(f));

    assertThat(json.get("model").asText()).isEqualTo("persistence");
    assertThat(json.get("training_hours").asInt()).isEqualTo(200);
    assertThat(json.get("points").get(1).get("time").asText()).isEqualTo("2024-03-01T01:00:00Z");
    assertThat(GridForecastWriter.table(f)).contains("gCO2e_per_kWh").contains("310");
  }
}
