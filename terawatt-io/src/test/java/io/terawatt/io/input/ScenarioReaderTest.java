package io.terawatt.io.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.plan.CandidateSite;
import io.terawatt.plan.Operations;
import io.terawatt.plan.OutlookSettings;
import io.terawatt.plan.Scenario;
import io.terawatt.supply.SupplySites;
import io.terawatt.supply.plan.CfeMatching;
import io.terawatt.supply.plan.PlanTargets;
import io.terawatt.supply.plan.RepresentativeWeekPlanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario reader: a valid file, and a broken one that reports every problem at once. */
class ScenarioReaderTest {

  private static final String SITE =
      """
      name: test site
      latitude: 53.3
      longitude: -6.3
      grid: {zone: IE, price_USD_per_MWh: 100, import_limit_MW: 50}
      resources:
        - {technology: wind_onshore, max_MW: 200, profile: {model: wind, mean_speed_m_per_s: 8, seed: 1}}
        - {technology: gas_cc, max_MW: 50}
      storage:
        - {technology: battery_li_ion}
      """;

  private static final String VALID =
      """
      name: small
      workloads:
        training:
          - name: 7B run
            model: {parameters: 7e9}
            tokens: 1e12
            hardware: {accelerator: h100-sxm, count: 256}
      sites:
        - name: from file
          file: site.yaml
          year: 2032
          cfe_target_pct: 90
          cfe_matching: annual
          energy_options: [wind_onshore, battery_li_ion]
        - name: inline
          zone: FR
          year: 2032
          site:
            name: inline site
            grid: {price_USD_per_MWh: 70, import_limit_MW: 50}
            resources:
              - {technology: gas_cc, max_MW: 50}
      operations: {batch_share: 0.5, policies: [carbon-time, oracle], regions: [PL]}
      stakeholders:
        - name: climate
          weights: {carbon_location_tCO2e: 2}
      outlook: {scenario: rebound, samples: 500, seed: 7}
      planning: {representative_weeks: 4}
      """;

  private static final String BROKEN =
      """
      name: broken
      workloads:
        training:
          - name: no tokens
            model: {parameters: 7e9}
            hardware: {accelerator: h100-sxm, count: 256}
      sites:
        - name: nowhere
          zone: XX-NOWHERE
          file: site.yaml
          cfe_target_pct: 150
        - name: both
          file: site.yaml
          site: {name: x}
        - name: wrong option
          file: site.yaml
          energy_options: [fusion]
        - name: bad site file
          file: bad-site.yaml
      operations: {batch_share: 2, policies: [agnostic, psychic]}
      stakeholders:
        - name: someone
          weights: {happiness_pct: 3}
      outlook: {scenario: doom}
      planning: {representative_weeks: 99}
      """;

  @TempDir Path dir;

  @Test
  void readsAValidScenario() throws Exception {
    Files.writeString(dir.resolve("site.yaml"), SITE);
    Scenario s = ScenarioReader.parse(VALID, "small.yaml", dir).scenario();
    assertThat(s.name()).isEqualTo("small");
    assertThat(s.workloads().training()).hasSize(1);
    assertThat(s.sites()).hasSize(2);
    CandidateSite a = s.sites().get(0);
    assertThat(a.zone()).as("zone from the site file's grid").isEqualTo("IE");
    assertThat(a.planningYear()).isEqualTo(2032);
    assertThat(a.site().year()).as("the file names no year").isEmpty();
    assertThat(a.targets().cfeMatching()).isEqualTo(CfeMatching.ANNUAL);
    assertThat(a.targets().carbonFreeFraction().getAsDouble()).isEqualTo(0.9);
    assertThat(a.supplySite().resources())
        .extracting(r -> r.technology())
        .containsExactly("wind_onshore");
    assertThat(a.supplySite().storage()).hasSize(1);
    assertThat(a.site().resources()).as("the file's own list is kept").hasSize(2);
    assertThat(a.baselineWaterStress()).as("as the file says: nothing").isEmpty();
    assertThat(a.waterStress()).isEqualTo(CandidateSite.DEFAULT_BASELINE_WATER_STRESS);
    CandidateSite b = s.sites().get(1);
    assertThat(b.zone()).isEqualTo("FR");
    assertThat(b.site().grid().orElseThrow().zone())
        .as("the zone comes from the scenario")
        .isEmpty();
    assertThat(s.operations().batchShare()).isEqualTo(0.5);
    assertThat(s.operations().policies()).containsExactly("agnostic", "carbon-time", "oracle");
    assertThat(s.operations().regions()).containsExactly("PL");
    assertThat(s.stakeholders()).hasSize(1);
    assertThat(s.outlook().samples()).isEqualTo(500);
    assertThat(s.outlook().scenario().name()).isEqualTo("rebound");
    assertThat(s.representativeWeeks()).isEqualTo(4);
    assertThat(s.trainingBusyFraction()).isEqualTo(Scenario.DEFAULT_TRAINING_BUSY_FRACTION);
  }

  @Test
  void aPlanHasOnePlanningYearAndOneSignalPerZone() throws Exception {
    Files.writeString(dir.resolve("site.yaml"), SITE);
    String text =
        """
        name: two years, two signals
        workloads:
          training:
            - name: 7B run
              model: {parameters: 7e9}
              tokens: 1e12
              hardware: {accelerator: h100-sxm, count: 256}
        sites:
          - name: first
            file: site.yaml
            year: 2032
          - name: later
            file: site.yaml
            year: 2035
          - name: other seed
            zone: IE
            year: 2032
            site:
              name: other
              grid: {seed: 9, import_limit_MW: 50}
              resources:
                - {technology: gas_cc, max_MW: 50}
        """;
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> ScenarioReader.parse(text, "years.yaml", dir));
    String all = String.join("\n", e.problems().stream().map(Problem::format).toList());
    assertThat(all)
        .contains("sites[1].year = '2035'")
        .contains("one planning year")
        .contains("sites[2].site.grid = 'IE'")
        .contains("a zone has one signal");
  }

  @Test
  void whatTheFileLeavesOutTakesCoresDefaults() throws Exception {
    Files.writeString(dir.resolve("site.yaml"), SITE);
    String text =
        """
        name: defaults
        workloads:
          training:
            - name: 7B run
              model: {parameters: 7e9}
              tokens: 1e12
              hardware: {accelerator: h100-sxm, count: 256}
        sites:
          - name: only
            file: site.yaml
        """;
    Scenario s = ScenarioReader.parse(text, "defaults.yaml", dir).scenario();
    assertThat(s.sites().get(0).planningYear()).isEqualTo(SupplySites.DEFAULT_YEAR);
    assertThat(s.operations().policies()).isEqualTo(Operations.DEFAULT_POLICIES);
    assertThat(s.operations().batchShare()).isEqualTo(Operations.DEFAULT_BATCH_SHARE);
    assertThat(s.operations().periodDays()).isEqualTo(Operations.DEFAULT_PERIOD_DAYS);
    assertThat(s.outlook().samples()).isEqualTo(OutlookSettings.DEFAULT_SAMPLES);
    assertThat(s.outlook().seed()).isEqualTo(OutlookSettings.DEFAULT_SEED);
    assertThat(s.representativeWeeks()).isEqualTo(RepresentativeWeekPlanner.DEFAULT_WEEKS);
    assertThat(s.sites().get(0).targets().cfeMatching()).isEqualTo(PlanTargets.DEFAULT_MATCHING);
  }

  @Test
  void reportsEveryProblemAtOnceWithPlaceAndHint() throws Exception {
    Files.writeString(dir.resolve("site.yaml"), SITE);
    Files.writeString(
        dir.resolve("bad-site.yaml"),
        """
        name: bad
        grid: {zone: IE}
        resources:
          - {technology: unobtainium}
        """);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> ScenarioReader.parse(BROKEN, "broken.yaml", dir));
    assertThat(e).isNotNull();
    List<Problem> errors =
        e.problems().stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    String all = String.join("\n", errors.stream().map(Problem::format).toList());
    assertThat(errors.size()).as(all).isGreaterThanOrEqualTo(10);
    assertThat(errors).allSatisfy(p -> assertThat(p.line()).as(p.format()).isPositive());
    assertThat(all)
        .contains("workloads.training[0]")
        .contains("sites[0].zone = 'XX-NOWHERE'")
        .contains("sites[0].cfe_target_pct = '150'")
        .contains("sites[1]")
        .contains("sites[2].energy_options[0] = 'fusion'")
        .contains("bad-site.yaml:4:")
        .contains("unobtainium")
        .contains("operations.batch_share = '2'")
        .contains("operations.policies[1] = 'psychic'")
        .contains("happiness_pct")
        .contains("outlook.scenario = 'doom'")
        .contains("planning.representative_weeks = '99'");
    Problem zone =
        errors.stream().filter(p -> p.path().equals("sites[0].zone")).findFirst().orElseThrow();
    assertThat(zone.file()).isEqualTo("broken.yaml");
    assertThat(zone.line()).isEqualTo(9);
    assertThat(zone.column()).isPositive();
    assertThat(zone.message()).contains("grid synthesize --list");
  }
}
