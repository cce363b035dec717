package io.terawatt.supply.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.supply.SupplySite;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exported MPS, solved by COIN-OR CBC (its LP solver CLP), gives GLOP's optimum. Skips when
 * {@code cbc} is not on the PATH (Debian: {@code apt-get install coinor-cbc}).
 */
class CbcAgreementIT {

  private static final Pattern OBJECTIVE =
      Pattern.compile("objective value:?\\s*([-+0-9.eE]+)", Pattern.CASE_INSENSITIVE);

  @TempDir Path dir;

  static Stream<Arguments> weekTargets() {
    return Stream.of(
        Arguments.of("no target", PlanTargets.none()),
        Arguments.of("hourly 90 %", PlanTargets.hourlyCfe(0.9)),
        Arguments.of("annual 95 % and a cap", PlanTargets.annualCfe(0.95).withEmissionsCap(600)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("weekTargets")
  void cbcAgreesWithGlopOnAWeek(String label, PlanTargets targets) throws Exception {
    Path cbc = requireCbc();
    SupplySite site = SyntheticSites.tenTechnologies(7, 168);

    SupplyPlan plan = new LeastCostPlanner().plan(site, targets, true);

    assertThat(plan.status()).isEqualTo(LpStatus.OPTIMAL);
    assertThat(plan.targetsMet()).isTrue();
    double cbcObjective_kUSD = solveWithCbc(cbc, plan.mps().orElseThrow(), 120);
    assertThat(cbcObjective_kUSD * 1e3)
        .isCloseTo(plan.objective_USD(), within(1e-6 * Math.abs(plan.objective_USD())));
  }

  @Test
  void theExportedProgrammeIsTheOneThatWasSolved() {
    SupplySite site = SyntheticSites.tenTechnologies(7, 48);
    LeastCostPlanner planner = new LeastCostPlanner();

    String exported = planner.exportMps(site, PlanTargets.hourlyCfe(0.5));

    assertThat(planner.plan(site, PlanTargets.hourlyCfe(0.5), true).mps()).contains(exported);
    assertThat(planner.plan(site, PlanTargets.hourlyCfe(0.5)).mps()).isEmpty();
    assertThat(exported).contains(" G  cfe_target", " E  bal_47", " E  socbal_1_0");
  }

  /**
   * The full year: 8,760 hours, ten technologies and two storage options. GLOP takes minutes here,
   * so this runs only with {@code -Dterawatt.slowTests=true}.
   */
  @Test
  @Tag("slow")
  @EnabledIfSystemProperty(named = "terawatt.slowTests", matches = "true")
  void cbcAgreesWithGlopOnAYear() throws Exception {
    Path cbc = requireCbc();
    SupplySite site = SyntheticSites.tenTechnologies(7);

    SupplyPlan plan = new LeastCostPlanner().plan(site, PlanTargets.hourlyCfe(0.8), true);

    assertThat(plan.status()).isEqualTo(LpStatus.OPTIMAL);
    assertThat(plan.maxBalanceError_MWh()).isLessThan(1e-6);
    double cbcObjective_kUSD = solveWithCbc(cbc, plan.mps().orElseThrow(), 1800);
    assertThat(cbcObjective_kUSD * 1e3)
        .isCloseTo(plan.objective_USD(), within(1e-6 * Math.abs(plan.objective_USD())));
  }

  private static Path requireCbc() {
    Optional<Path> cbc = onPath("cbc");
    Assumptions.assumeTrue(
        cbc.isPresent(),
        "cbc is not on the PATH; install it (Debian: apt-get install coinor-cbc) to compare "
            + "GLOP with CBC");
    return cbc.get();
  }

  static Optional<Path> onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String d : path.split(File.pathSeparator)) {
      if (d.isEmpty()) {
        continue;
      }
      Path p = Path.of(d, program);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Runs {@code cbc model.mps solve solu sol.txt} and reads the objective from sol.txt. */
  private double solveWithCbc(Path cbc, String mps, long timeoutSeconds)
      throws IOException, InterruptedException {
    Files.writeString(dir.resolve("model.mps"), mps, StandardCharsets.US_ASCII);
    Process p =
        new ProcessBuilder(List.of(cbc.toString(), "model.mps", "solve", "solu", "sol.txt"))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("cbc.log").toFile())
            .start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("cbc did not finish in " + timeoutSeconds + " s");
    }
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("cbc.log"))).isZero();
    String first = Files.readAllLines(dir.resolve("sol.txt")).get(0);
    assertThat(first).as("cbc's solution status").startsWith("Optimal");
    Matcher m = OBJECTIVE.matcher(first);
    assertThat(m.find()).as("objective in: " + first).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
