package io.terawatt.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.supply.GridSpec;
import io.terawatt.supply.ProfileSpec;
import io.terawatt.supply.SupplySiteSpec;
import io.terawatt.supply.resource.ResourceModel;
import io.terawatt.supply.resource.SolarPreset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site reader returns what the file says, and every problem of it with its line. */
class SupplySiteReaderTest {
  @TempDir Path dir;

  @Test
  void theSpecIsWhatTheFileSaysWithoutDefaults() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("site.yaml"),
            """
            name: Ireland
            latitude: 53.35
            load_MW: 1000
            grid: {zone: IE, import_limit_MW: 400}
            resources:
              - {technology: wind_offshore, max_MW: 3000, profile: {seed: 4}}
              - {technology: solar_utility, profile: {model: solar, preset: central-europe}}
              - {technology: gas_cc, max_MW: 1200}
            storage:
              - {technology: battery_li_ion}
            """);

    SupplySiteSpec s = SupplySiteReader.read(file).site();

    assertThat(s.name()).isEqualTo("Ireland");
    assertThat(s.year()).isEmpty();
    assertThat(s.longitude_deg()).isEmpty();
    assertThat(s.unservedPenalty_USD_per_MWh()).isEmpty();
    GridSpec g = s.grid().orElseThrow();
    assertThat(g.zone()).contains("IE");
    assertThat(g.price_USD_per_MWh()).as("the default is core's").isEmpty();
    assertThat(g.seed()).isEmpty();
    ProfileSpec offshore = s.resources().get(0).profile().orElseThrow();
    assertThat(offshore.model()).as("the catalog's choice, not the reader's").isEmpty();
    assertThat(offshore.meanSpeed_m_per_s()).isEmpty();
    assertThat(offshore.turbine()).isEmpty();
    ProfileSpec solar = s.resources().get(1).profile().orElseThrow();
    assertThat(solar.model()).contains(ResourceModel.SOLAR);
    assertThat(solar.preset()).contains(SolarPreset.CENTRAL_EUROPE);
    assertThat(s.resources().get(2).profile()).isEmpty();
    assertThat(s.technologies())
        .containsExactly("wind_offshore", "solar_utility", "gas_cc", "battery_li_ion");
  }

  @Test
  void everyProblemIsReportedWithItsLine() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("bad.yaml"),
            """
            name: bad
            load_MW: 10
            grid: {zone: IE}
            resources:
              - {technology: wind_onshore, profile: {model: tidal}}
              - {technology: wind_offshore, profile: {turbine: vestas-v236}}
              - {technology: solar_utility, profile: {preset: sahara, mounting: dual-axis}}
              - {technology: hydro, profile: {seed: 2}}
              - {technology: solar_rooftop, profile: {model: wind}}
              - {technology: gas_cc, existing_MW: 500, max_MW: 100}
              - {technology: solar_utility, profile: {file: cf.csv, format: csv}}
            """);

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> SupplySiteReader.read(file));

    List<Problem> errors =
        e.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    String all = String.join("\\n", errors.stream().map(Problem::format).toList());
    assertThat(errors).allSatisfy(p -> assertThat(p.line()).as(p.format()).isPositive());
    assertThat(all)
        .contains("resources[0].profile.model = 'tidal'")
        .contains("resources[1].profile.turbine = 'vestas-v236'")
        .contains("resources[2].profile.preset = 'sahara'")
        .contains("resources[2].profile.mounting = 'dual-axis'")
        .contains("resources[3].profile.model")
        .contains("no default model for hydro")
        .contains("resources[4].profile.mean_speed_m_per_s")
        .contains("resources[4].profile.turbine")
        .contains("resources[5].max_MW = '100'")
        .contains("resources[6].profile.format = 'csv'");
  }
}
