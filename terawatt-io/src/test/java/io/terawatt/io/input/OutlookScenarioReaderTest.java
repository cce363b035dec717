package io.terawatt.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.outlook.parameter.Fixed;
import io.terawatt.outlook.parameter.LogNormal;
import io.terawatt.outlook.parameter.OutlookParameter;
import io.terawatt.outlook.parameter.Scenario;
import io.terawatt.outlook.parameter.Triangular;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlookScenarioReaderTest {

  @Test
  void readsOverridesOnTopOfTheBase() throws Exception {
    Scenario s =
        OutlookScenarioReader.parse(
            """
            name: mine
            base: rebound
            parameters:
              pue_2024: {distribution: fixed, value: 1.2, source: "unverified: test"}
              fusion_learning_rate_fraction:
                distribution: lognormal
                p5: 0.1
                p95: 0.2
                source: test
            """,
            "mine.yaml");
    assertThat(s.name()).isEqualTo("mine");
    assertThat(s.distribution(OutlookParameter.PUE_2024)).isEqualTo(new Fixed(1.2));
    assertThat(s.source(OutlookParameter.PUE_2024)).isEqualTo("unverified: test");
    assertThat(s.distribution(OutlookParameter.FUSION_LEARNING_RATE_FRACTION))
        .isEqualTo(LogNormal.fromP5P95(0.1, 0.2));
    // the rebound base's elasticity is kept
    assertThat(s.distribution(OutlookParameter.REBOUND_ELASTICITY))
        .isEqualTo(new Triangular(0.9, 1.1, 1.3));
  }

  @Test
  void reportsEveryProblemWithLineColumnPathAndValue() {
    String text =
        """
        name: broken
        base: optimistic
        parameters:
          pue_2042: {distribution: fixed, value: 1.2, source: x}
          rebound_elasticity:
            distribution: triangular
            min: 2
            mode: 1
            max: 3
            source: x
          wue_2024_L_per_kWh:
            distribution: gamma
            source: x
          ai_share_2024_fraction:
            distribution: uniform
            min: low
            max: 0.2
          edge_share_final_fraction:
            distribution: fixed
            value: 0.1
            source: x
        """;
    assertThatThrownBy(() -> OutlookScenarioReader.parse(text, "broken.yaml"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              List<Problem> errors =
                  ((InvalidInputException) e)
                      .problems().stream()
                          .filter(p -> p.severity() == Problem.Severity.ERROR)
                          .toList();
              List<String> lines = errors.stream().map(Problem::format).toList();
              assertThat(lines)
                  .as("%s", lines)
                  .anySatisfy(
                      l -> assertThat(l).startsWith("broken.yaml:2:").contains("optimistic"))
                  .anySatisfy(
                      l ->
                          assertThat(l)
                              .contains("parameters.pue_2042")
                              .contains("Did you mean 'pue_2024'"))
                  .anySatisfy(
                      l ->
                          assertThat(l)
                              .contains("parameters.rebound_elasticity")
                              .contains("min <= mode <= max"))
                  .anySatisfy(l -> assertThat(l).contains("gamma").contains("Unknown distribution"))
                  .anySatisfy(
                      l ->
                          assertThat(l)
                              .contains("parameters.ai_share_2024_fraction.min")
                              .contains("'low'"))
                  .anySatisfy(
                      l -> assertThat(l).contains("ai_share_2024_fraction").contains("source"));
              assertThat(errors).hasSize(6);
              assertThat(errors).allSatisfy(p -> assertThat(p.line()).isPositive());
            });
  }
}
