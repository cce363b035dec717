package io.terawatt.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV report is tidy: one figure per row under {@code section,name,field,value}. */
class FootprintCsvWriterTest {
  private static List<String> lines() {
    return FootprintCsvWriter.write(SampleResult.result()).lines().toList();
  }

  @Test
  void startsWithTidyHeader() {
    assertThat(lines().get(0)).isEqualTo("section,name,field,value");
  }

  @Test
  void quotesNamesThatContainCommas() {
    assertThat(lines())
        .contains("training,\"8B dense, predictive\",mode,predictive")
        .noneMatch(l -> l.startsWith("training,8B dense, predictive,"));
  }

  @Test
  void writesOneRowPerFigureOfEachResult() {
    List<String> lines = lines();

    assertThat(lines)
        .filteredOn(l -> l.startsWith("training,GPT-3 accounting,"))
        .hasSize(FootprintFields.of(SampleResult.result().training().get(1)).size() - 1);
    assertThat(lines)
        .anyMatch(l -> l.startsWith("inference,8B chat,facility_energy_per_request_Wh,"));
    assertThat(lines.subList(1, lines.size())).noneMatch(l -> l.contains(",name,"));
  }

  @Test
  void undefinedNumberIsAnEmptyCell() {
    assertThat(lines()).contains("training,\"8B dense, predictive\",compute_cost_USD,");
  }

  @Test
  void everyRowHasFourCellsOutsideQuotes() {
    for (String line : lines()) {
      String unquoted = line.replaceAll("\"[^\"]*\"", "x");
      assertThat(unquoted.split(",", -1)).as(line).hasSize(4);
    }
  }
}
