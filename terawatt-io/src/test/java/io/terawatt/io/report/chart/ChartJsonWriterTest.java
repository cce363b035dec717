package io.terawatt.io.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chart description as the dashboard reads it. */
class ChartJsonWriterTest {
  @Test
  void theJsonCarriesEveryChartWithAxesSeriesAndPalette() throws Exception {
    JsonNode n =
        new ObjectMapper()
            .readTree(
                ChartJsonWriter.write(
                    PlanChartBuilder.describe(PlanFixture.plan(Optional.empty()))));
    assertThat(n.get("palette").get("onshore wind").asText()).startsWith("#");
    JsonNode energy = n.get("charts").get(1);
    assertThat(energy.get("id").asText()).isEqualTo("energy-week-0");
    assertThat(energy.get("group").asText()).isEqualTo("energy-week");
    assertThat(energy.get("x").get("kind").asText()).isEqualTo("hours");
    assertThat(energy.get("x").get("start").asText()).isEqualTo("2030-01-01T00:00:00Z");
    assertThat(energy.get("window").get("from").asInt()).isEqualTo(10 * 168);
    assertThat(energy.get("colourScale").isNull()).isTrue();
    JsonNode wind = energy.get("series").get(0);
    assertThat(wind.get("kind").asText()).isEqualTo("area");
    assertThat(wind.get("unit").asText()).isEqualTo("MW");
    assertThat(wind.get("values").size()).isEqualTo(PlanFixture.HOURS);
    assertThat(wind.has("x")).isFalse();
    JsonNode heat = n.get("charts").get(2);
    assertThat(heat.get("colourScale").get("stops").size()).isEqualTo(3);
    assertThat(heat.get("y").get("categories").get(0).asText()).isEqualTo("Jan");
  }

  @Test
  void missingValuesAreNullAndValuesAreRoundedLikeTheCsvFiles() throws Exception {
    Chart c =
        new Chart(
            "c",
            "c",
            "",
            "t",
            "",
            Axis.categories("a", List.of("x", "y", "z")),
            Axis.value("v", "MW"),
            List.of(Series.bars("s", "MW", "#000000", new double[] {Double.NaN, 1.234567, 2})),
            Optional.empty(),
            Optional.empty());
    JsonNode n =
        new ObjectMapper()
            .readTree(ChartJsonWriter.write(new ChartSet(List.of(c), java.util.Map.of())));
    assertThat(n.get("charts").get(0).get("series").get(0).get("values").toString())
        .isEqualTo("[null,1.2346,2.0]");
  }
}
