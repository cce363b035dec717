package io.terawatt.cli.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code terawatt demo}: files, sections, units in keys, CSV series and summary. */
class DemoCommandIT {

  /** Key endings that name a unit (or a count, or a name that is unitless by nature). */
  private static final Pattern UNIT =
      Pattern.compile(
          ".*(_MW|_MWh|_TWh|_pct|_tCO2e|_kgCO2e|_MtCO2e|_USD|_USD_per_MWh|_USD_per_year|_m3|_km2"
              + "|_km3|_h|_s|_gCO2e_per_kWh|_weeks|_tPM25|_billion_USD|_hhi|_score|_fraction)$");

  private static final List<String> UNITLESS =
      List.of(
          "year",
          "count",
          "samples",
          "seed",
          "batch_share",
          "jobs_moved",
          "total",
          "p5",
          "p50",
          "p95",
          "years");

  @Test
  void writesTheReportResultsAndHourlySeries() throws Exception {
    DemoOutput d = DemoOutput.get();
    assertThat(d.exitCode).as(d.err).isZero();
    assertThat(d.dir.resolve("report.html")).isRegularFile();
    assertThat(d.dir.resolve("results.json")).isRegularFile();
    assertThat(d.dir.resolve("intensity.csv")).isRegularFile();
    List<Path> energy;
    try (var s = Files.list(d.dir)) {
      energy = s.filter(p -> p.getFileName().toString().startsWith("energy-")).toList();
    }
    assertThat(energy).hasSize(3);
    List<String> lines = Files.readAllLines(energy.get(0));
    assertThat(lines).hasSize(8761);
    assertThat(lines.get(0)).startsWith("hour_utc,load_MW,").contains("grid_import_MW");
    // Each hour balances: generation + discharge + import + unserved = load + charge + export.
    String[] header = lines.get(0).split(",");
    for (int i = 1; i < lines.size(); i += 97) {
      String[] v = lines.get(i).split(",");
      double supply = 0;
      double use = Double.parseDouble(v[1]);
      for (int c = 2; c < header.length; c++) {
        double x = Double.parseDouble(v[c]);
        String h = header[c];
        if (h.endsWith("_charge_MW") || h.equals("grid_export_MW")) {
          use += x;
        } else if (!h.equals("curtailed_MW")) {
          supply += x;
        }
      }
      assertThat(supply).as(lines.get(i)).isCloseTo(use, org.assertj.core.data.Offset.offset(1e-3));
    }
    assertThat(d.err).contains("results.json has the five non-empty sections");
  }

  @Test
  void resultsHaveTheFiveSectionsAndUnitsInEveryNumericKey() throws Exception {
    DemoOutput d = DemoOutput.get();
    assertThat(io.terawatt.io.report.PlanReportFiles.missingSections(d.dir.resolve("results.json")))
        .isEmpty();
    JsonNode root = new ObjectMapper().readTree(d.dir.resolve("results.json").toFile());
    List<String> bad = new ArrayList<>();
    walk(root, "", "", bad);
    assertThat(bad).as("numeric keys without a unit").isEmpty();
    assertThat(root.at("/supply/sites")).hasSize(3);
    assertThat(root.at("/assessment/rankings/utilitarian")).hasSize(3);
    assertThat(root.at("/outlook/electricity_TWh/p50").size()).isEqualTo(27);
  }

  @Test
  void printsASummaryOfEveryStage() throws Exception {
    DemoOutput d = DemoOutput.get();
    assertThat(d.out)
        .contains("footprint:")
        .contains("supply (representative-weeks)")
        .contains("Ireland")
        .contains("West Texas")
        .contains("Northern Sweden")
        .contains("schedule:")
        .contains("assessment:")
        .contains("outlook:");
    assertThat(d.err).contains("supply").contains("100%");
  }

  private static void walk(JsonNode n, String key, String parent, List<String> bad) {
    if (n.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        walk(e.getValue(), e.getKey(), key, bad);
      }
    } else if (n.isArray()) {
      for (JsonNode x : n) {
        walk(x, key, parent, bad);
      }
    } else if (n.isNumber()
        && !UNIT.matcher(key).matches()
        && !UNITLESS.contains(key)
        // Names inside a map whose key carries the unit: capacity_MW: {wind_onshore: ...}.
        && !UNIT.matcher(parent).matches()) {
      bad.add(parent + "." + key);
    }
  }
}
