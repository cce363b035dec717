package io.terawatt.cli.supply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.terawatt.cli.TerawattCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The supply commands on small site files: a simulated year and a broken file. */
class SupplyCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = TerawattCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void aSimulatedYearBalancesEveryHourAndKeepsBothEmissionBases() throws Exception {
    Path site =
        Files.writeString(
            dir.resolve("site.yaml"),
            String.join(
                "\n",
                "name: test campus",
                "latitude: 31.9",
                "longitude: -102.1",
                "year: 2030",
                "load_MW: 100",
                "grid: {intensity_gCO2e_per_kWh: 400, price_USD_per_MWh: 50, import_limit_MW: 100,",
                "       residual_mix_gCO2e_per_kWh: 450}",
                "resources:",
                "  - technology: solar_utility",
                "    existing_MW: 150",
                "    profile: {model: solar, seed: 3}",
                "storage:",
                "  - {technology: battery_li_ion, existing_power_MW: 50, existing_energy_MWh: 200}",
                ""));

    int code =
        run("supply", "simulate", site.toString(), "--charts", dir.resolve("charts").toString());

    assertThat(code).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("hours").asInt()).isEqualTo(8760);
    assertThat(json.get("max_energy_balance_error_MWh").asDouble()).isLessThan(1e-6);
    assertThat(json.get("load_MWh").asDouble()).isEqualTo(876_000.0);
    assertThat(json.get("hourly_cfe_pct").asDouble()).isBetween(10.0, 60.0);
    // Location-based uses 400 g/kWh hour by hour; market-based the 450 g/kWh residual mix.
    assertThat(json.get("emissions_market_tCO2e").asDouble())
        .isGreaterThan(json.get("emissions_location_tCO2e").asDouble());
    assertThat(dir.resolve("charts/week.svg")).exists();
  }

  @Test
  void aBrokenSiteFileListsEveryProblemAndExitsWithThree() throws Exception {
    Path site =
        Files.writeString(
            dir.resolve("bad.yaml"),
            String.join(
                "\n",
                "name: broken",
                "load_MW: -5",
                "grid: {zone: NOWHERE}",
                "resources:",
                "  - technology: unobtainium",
                "  - technology: wind_onshore",
                ""));

    int code = run("supply", "simulate", site.toString());

    assertThat(code).isEqualTo(3);
    assertThat(err.toString())
        .contains("bad.yaml:2")
        .contains("load_MW")
        .contains("NOWHERE")
        .contains("unobtainium")
        .contains("needs a profile");
  }

  @Test
  void aPlanOnRepresentativeWeeksPrintsCapacitiesTheYearAndTheSolver() throws Exception {
    Path site =
        Files.writeString(
            dir.resolve("steady.yaml"),
            String.join(
                "\n",
                "name: steady campus",
                "year: 2030",
                "load_MW: 100",
                "grid: {intensity_gCO2e_per_kWh: 400, price_USD_per_MWh: 80, import_limit_MW: 50}",
                "resources:",
                "  - {technology: wind_onshore, max_MW: 1000, profile: {constant: 0.4}}",
                "  - {technology: gas_cc, max_MW: 200}",
                "storage:",
                "  - {technology: battery_li_ion}",
                ""));

    int code =
        run(
            "supply",
            "plan",
            site.toString(),
            "--cfe-target",
            "0.5",
            "--representative-weeks",
            "2",
            "--charts",
            dir.resolve("charts").toString());

    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).contains("planning steady campus for 2030 over 8760 hours");
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("method").asText())
        .isEqualTo("2 representative weeks, year simulated with the capacities");
    assertThat(json.get("solver").asText()).isEqualTo("glop");
    assertThat(json.get("capacity_MW").get("wind_onshore").asDouble()).isPositive();
    assertThat(json.get("load_MWh").asDouble()).isEqualTo(876_000.0);
    assertThat(json.get("infeasibilities")).isEmpty();
    assertThat(dir.resolve("charts/capacity.svg")).exists();
  }

  @Test
  void anMpsExportOfRepresentativeWeeksIsAUsageError() throws Exception {
    Path site =
        Files.writeString(
            dir.resolve("tiny.yaml"),
            "name: tiny\nload_MW: 1\ngrid: {intensity_gCO2e_per_kWh: 100, import_limit_MW: 1}\n");

    int code =
        run(
            "supply",
            "plan",
            site.toString(),
            "--representative-weeks",
            "2",
            "--export-mps",
            dir.resolve("p.mps").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("MPS");
  }
}
