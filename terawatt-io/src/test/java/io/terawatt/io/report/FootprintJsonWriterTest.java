package io.terawatt.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.terawatt.io.parse.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report parses and carries every result with its unit-named fields. */
class FootprintJsonWriterTest {
  private static final List<String> TRAINING_FIELDS =
      List.of(
          "flops",
          "device_hours",
          "it_energy_MWh",
          "facility_energy_MWh",
          "operational_tCO2e",
          "embodied_tCO2e",
          "water_m3");
  private static final List<String> INFERENCE_FIELDS =
      List.of(
          "accelerator_energy_per_output_token_J",
          "accelerator_energy_per_request_Wh",
          "server_energy_per_request_Wh",
          "facility_energy_per_request_Wh",
          "operational_gCO2e_per_request",
          "water_mL_per_request",
          "output_tokens_per_second");

  private static JsonNode json(List<Problem> warnings) throws Exception {
    return new ObjectMapper().readTree(FootprintJsonWriter.write(SampleResult.result(), warnings));
  }

  @Test
  void hasTrainingAndInferenceListsWithNamedResults() throws Exception {
    JsonNode root = json(List.of());

    assertThat(root.get("training").isArray()).isTrue();
    assertThat(root.get("inference").isArray()).isTrue();
    assertThat(root.get("training"))
        .extracting(n -> n.get("name").asText())
        .containsExactly(SampleResult.TRAINING_WITH_COMMA, SampleResult.TRAINING_PRICED);
    assertThat(root.get("inference"))
        .extracting(n -> n.get("name").asText())
        .containsExactly(SampleResult.SERVED);
  }

  @Test
  void trainingResultsHavePositiveUnitNamedFigures() throws Exception {
    for (JsonNode run : json(List.of()).get("training")) {
      for (String field : TRAINING_FIELDS) {
        assertThat(run.get(field)).as(field).isNotNull();
        assertThat(run.get(field).isNumber()).as(field + " is a number").isTrue();
        assertThat(run.get(field).asDouble()).as(field).isPositive();
      }
    }
  }

  @Test
  void inferenceResultsHavePositiveUnitNamedFigures() throws Exception {
    JsonNode served = json(List.of()).get("inference").get(0);

    for (String field : INFERENCE_FIELDS) {
      assertThat(served.get(field)).as(field).isNotNull();
      assertThat(served.get(field).isNumber()).as(field + " is a number").isTrue();
      assertThat(served.get(field).asDouble()).as(field).isPositive();
    }
  }

  @Test
  void undefinedNumberIsWrittenAsNull() throws Exception {
    JsonNode training = json(List.of()).get("training");

    JsonNode unpriced = training.get(0).get("compute_cost_USD");
    assertThat(unpriced).isNotNull();
    assertThat(unpriced.isNull()).as("compute cost without a chip-hour price").isTrue();
    assertThat(training.get(1).get("compute_cost_USD").asDouble()).isEqualTo(2 * 3_552_000.0);
  }

  @Test
  void namesItsEmissionsBasisAndCarriesWarnings() throws Exception {
    Problem warning =
        new Problem(Problem.Severity.WARNING, "f.yaml", 3, 5, "sitee", "", "Unknown key 'sitee'.");

    JsonNode root = json(List.of(warning));

    assertThat(root.get("emissions_basis").asText()).contains("location-based");
    assertThat(root.get("warnings"))
        .singleElement()
        .extracting(JsonNode::asText)
        .isEqualTo(warning.format());
  }
}
