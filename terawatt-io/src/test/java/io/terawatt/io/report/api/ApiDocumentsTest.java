package io.terawatt.io.report.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The REST API's documents as the mapper writes them, and the views of stored results. */
class ApiDocumentsTest {
  private static final String RESULTS =
      "{\"hourly\":{\"energy_MWh\":[0.0,2.5,5.0]},\"total_energy_MWh\":7.5,"
          + "\"a/b\":{\"x\":[1,2]},\"sites\":[{\"name\":\"s\",\"v\":[4]}]}";

  @Test
  void aRunSummaryKeepsTheApiFieldNamesOrderAndNulls() {
    RunSummary r =
        RunSummary.of(
            "r1",
            null,
            "queued",
            0,
            "queued",
            Instant.parse("2030-01-01T00:00:00Z"),
            null,
            null,
            false);
    assertThat(ApiJson.write(r))
        .isEqualTo(
            "{\"id\":\"r1\",\"scenarioId\":null,\"state\":\"queued\",\"progress_fraction\":0.0,"
                + "\"message\":\"queued\",\"createdAt\":\"2030-01-01T00:00:00Z\",\"startedAt\":null,"
                + "\"finishedAt\":null,\"hasResults\":false,\"links\":{\"self\":\"/api/runs/r1\","
                + "\"events\":\"/api/runs/r1/events\",\"results\":\"/api/runs/r1/results\","
                + "\"report\":\"/api/runs/r1/report\",\"charts\":\"/api/runs/r1/charts\"}}");
  }

  @Test
  void aListedScenarioLeavesOutItsText() {
    Instant t = Instant.parse("2030-01-01T00:00:00Z");
    assertThat(ApiJson.write(ScenarioSummary.of("s", "n", t, t, null))).doesNotContain("yaml");
    assertThat(ApiJson.write(ScenarioSummary.of("s", "n", t, t, "a: 1\n")))
        .endsWith("\"yaml\":\"a: 1\\n\"}");
  }

  @Test
  void problemDocumentsCutLongValues() {
    ProblemDocument p =
        ProblemDocument.of(
            400, "Bad", "d", "/api/x", List.of(new FieldProblem("f", "v".repeat(300), "m")));
    assertThat(p.type()).endsWith("/400");
    assertThat(p.errors().get(0).value())
        .hasSize(ProblemDocument.MAX_VALUE_CHARS + 1)
        .endsWith("…");
    assertThat(
            ApiJson.write(
                ProblemDocument.of(404, "N", "d", "/", List.of(new FieldProblem("f", null, "m")))))
        .contains("\"value\":null");
  }

  @Test
  void numericArraysAreListedWithEscapedPointers() {
    assertThat(ResultsExplorer.numericArrays(RESULTS))
        .containsExactly(
            new ResultsExplorer.SeriesPointer("/hourly/energy_MWh", 3),
            new ResultsExplorer.SeriesPointer("/a~1b/x", 2),
            new ResultsExplorer.SeriesPointer("/sites/0/v", 1));
  }

  @Test
  void aPointerGivesItsNodeAndArraysSlice() {
    assertThat(ResultsExplorer.at(RESULTS, "/hourly/energy_MWh", 1, null)).hasValue("[2.5,5.0]");
    assertThat(ResultsExplorer.at(RESULTS, "/hourly/energy_MWh", 1, 99)).hasValue("[2.5,5.0]");
    assertThat(ResultsExplorer.at(RESULTS, "/total_energy_MWh", 0, 1)).hasValue("7.5");
    assertThat(ResultsExplorer.at(RESULTS, "/nothing", null, null)).isEmpty();
    assertThatThrownBy(() -> ResultsExplorer.at(RESULTS, "nope", null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twoResultsCompareTheirSharedNumbers() {
    String other = RESULTS.replace("7.5", "9.0");
    var c = ResultsExplorer.compare("a", RESULTS, "b", other);
    assertThat(c.values())
        .contains(new ResultsExplorer.ComparedValue("/total_energy_MWh", 7.5, 9.0, 1.5));
  }

  @Test
  void hourlyCsvBecomesColumnsWithNullsForNonNumbers() {
    String csv = "hour_utc,load_MW,x_MW\n2030-01-01T00:00:00Z,1,a\n2030-01-01T01:00:00Z,2,NaN\n";
    HourlyColumns h = HourlyColumns.of("f.csv", csv, 1, 10);
    assertThat(h.start()).isEqualTo("2030-01-01T01:00:00Z");
    assertThat(h.hours()).isEqualTo(1);
    assertThat(ApiJson.write(h.columns())).isEqualTo("{\"load_MW\":[2.0],\"x_MW\":[null]}");
    assertThat(HourlyColumns.of("f.csv", csv, 5, 10).start()).isNull();
  }
}
