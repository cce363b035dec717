package io.terawatt.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.ethics.Direction;
import io.terawatt.ethics.Threshold;
import io.terawatt.ethics.mcda.PreferenceFunction;
import io.terawatt.io.parse.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Reading options files: catalog defaults, ranges, thresholds and located problems. */
class OptionsFileReaderTest {
  private static final String GOOD =
      String.join(
          "\n",
          "name: two sites",
          "indicators:",
          "  - name: carbon_location_tCO2e",
          "  - {name: jobs_count, unit: jobs, direction: max,",
          "     preference: {function: linear, q: 10, p: 100}}",
          "options:",
          "  - {name: a, indicators: {carbon_location_tCO2e: 100, jobs_count: [50, 150]}}",
          "  - {name: b, indicators: {carbon_location_tCO2e: {central: 80, low: 70, high: 200},",
          "     jobs_count: 20}}",
          "stakeholders:",
          "  - {name: town, weights: {jobs_count: 2, carbon_location_tCO2e: 1}}",
          "thresholds:",
          "  - {indicator: carbon_location_tCO2e, max: 150}",
          "smaa: {samples: 500, seed: 9}",
          "");

  @Test
  void readsCatalogIndicatorsRangesThresholdsAndSettings() throws Exception {
    OptionsFileReader.Result r = OptionsFileReader.parse(GOOD, "good.yaml");

    assertThat(r.name()).isEqualTo("two sites");
    assertThat(r.problem().indicators().get(0).unit()).isEqualTo("tCO2e");
    assertThat(r.problem().indicators().get(0).direction()).isEqualTo(Direction.MIN);
    assertThat(r.problem().options().get(0).values().get("jobs_count").low()).isEqualTo(50);
    assertThat(r.problem().options().get(0).values().get("jobs_count").central()).isEqualTo(100);
    assertThat(r.problem().options().get(1).values().get("carbon_location_tCO2e").high())
        .isEqualTo(200);
    assertThat(r.problem().thresholds().get(0).bound()).isEqualTo(Threshold.Bound.MAX);
    assertThat(r.settings().smaaSamples()).isEqualTo(500);
    assertThat(r.settings().smaaSeed()).isEqualTo(9);
    assertThat(r.settings().preferenceFunctions().get("jobs_count"))
        .isEqualTo(PreferenceFunction.linear(10, 100));
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void everyProblemIsReportedWithItsLineAndPath() {
    String bad =
        String.join(
            "\n",
            "indicators:",
            "  - {name: mystery}",
            "  - {name: land_km2}",
            "options:",
            "  - {name: a, indicators: {land_km2: 1, colour: 3}}",
            "  - {name: a, indicators: {}}",
            "thresholds:",
            "  - {indicator: land_km2, max: 1, min: 0}",
            "");

    assertThatThrownBy(() -> OptionsFileReader.parse(bad, "bad.yaml"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("bad.yaml:2:")
        .hasMessageContaining("needs direction")
        .hasMessageContaining("options[0].indicators.colour")
        .hasMessageContaining("Another option has the same name")
        .hasMessageContaining("options[1].indicators.land_km2")
        .hasMessageContaining("exactly one of max or min");
  }
}
