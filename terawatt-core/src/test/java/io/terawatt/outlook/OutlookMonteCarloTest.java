package io.terawatt.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.outlook.calibration.CalibrationRow;
import io.terawatt.outlook.calibration.OutlookCalibration;
import io.terawatt.outlook.montecarlo.MonteCarlo;
import io.terawatt.outlook.montecarlo.MonteCarloResult;
import io.terawatt.outlook.montecarlo.Percentiles;
import io.terawatt.outlook.montecarlo.ProgressListener;
import io.terawatt.outlook.montecarlo.SampleBlock;
import io.terawatt.outlook.parameter.BuiltInScenarios;
import io.terawatt.outlook.parameter.Fixed;
import io.terawatt.outlook.parameter.OutlookParameter;
import io.terawatt.outlook.parameter.Scenario;
import io.terawatt.outlook.projection.Years;
import io.terawatt.outlook.sensitivity.SensitivityIndex;
import io.terawatt.outlook.sensitivity.SobolAnalysis;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Reproducibility, percentiles, calibration and sensitivity of the sampled outlook. */
class OutlookMonteCarloTest {

  @Test
  void multiThreadedRunIsBitIdenticalToSingleThreaded() {
    Scenario s = Scenario.defaults();
    MonteCarloResult one = MonteCarlo.run(s, 5000, 7, 1, ProgressListener.NONE);
    MonteCarloResult four = MonteCarlo.run(s, 5000, 7, 4, ProgressListener.NONE);
    for (int m = 0; m < 4; m++) {
      assertThat(four.band(m).p5()).containsExactly(one.band(m).p5());
      assertThat(four.band(m).p50()).containsExactly(one.band(m).p50());
      assertThat(four.band(m).p95()).containsExactly(one.band(m).p95());
    }
  }

  @Test
  void blocksMergedInAnyOrderGiveTheSameResult() {
    Scenario s = Scenario.defaults();
    int n = 2500;
    List<SampleBlock> blocks = new ArrayList<>();
    for (int b = 0; b < MonteCarlo.blocks(n); b++) {
      blocks.add(MonteCarlo.runBlock(s, 11, MonteCarlo.blockStart(b), MonteCarlo.blockSize(b, n)));
    }
    Collections.reverse(blocks);
    MonteCarloResult merged = MonteCarlo.fromBlocks(blocks, n, 11);
    MonteCarloResult local = MonteCarlo.run(s, n, 11, 2, ProgressListener.NONE);
    assertThat(merged.electricity_TWh().p50()).containsExactly(local.electricity_TWh().p50());
    assertThat(merged.water_km3().p95()).containsExactly(local.water_km3().p95());
  }

  @Test
  void anotherSeedGivesOtherNumbers() {
    Scenario s = Scenario.defaults();
    MonteCarloResult a = MonteCarlo.run(s, 2000, 1, 2, ProgressListener.NONE);
    MonteCarloResult b = MonteCarlo.run(s, 2000, 2, 2, ProgressListener.NONE);
    assertThat(a.electricity_TWh().p50()[10]).isNotEqualTo(b.electricity_TWh().p50()[10]);
  }

  @Test
  void bandsAreOrderedAndProgressReachesTheTotal() {
    long[] last = {0};
    MonteCarloResult r =
        MonteCarlo.run(
            Scenario.defaults(), 3000, 3, 1, (done, total) -> last[0] = Math.max(last[0], done));
    assertThat(last[0]).isEqualTo(3000);
    for (int y = 0; y < Years.COUNT; y++) {
      assertThat(r.electricity_TWh().p5()[y]).isLessThanOrEqualTo(r.electricity_TWh().p50()[y]);
      assertThat(r.electricity_TWh().p50()[y]).isLessThanOrEqualTo(r.electricity_TWh().p95()[y]);
    }
  }

  @Test
  void selectionMatchesSorting() {
    SplittableRandom rng = new SplittableRandom(5);
    for (int trial = 0; trial < 20; trial++) {
      double[] a = rng.doubles(1 + rng.nextInt(3000)).toArray();
      double[] sorted = a.clone();
      Arrays.sort(sorted);
      for (double q : new double[] {0.05, 0.5, 0.95}) {
        int k = Percentiles.rank(q, a.length);
        assertThat(Percentiles.select(a.clone(), k)).isEqualTo(sorted[k]);
      }
    }
    assertThat(Percentiles.rank(0.95, 100)).isEqualTo(94);
  }

  @Test
  void defaultScenarioPassesItsCalibrationWithinFivePercent() {
    List<CalibrationRow> rows = OutlookCalibration.run(Scenario.defaults(), 4000, 42, 2);
    assertThat(OutlookCalibration.anyFailed(rows)).as("%s", rows).isFalse();
    assertThat(rows.get(0).model()).isCloseTo(415, within(415 * 0.05));
    assertThat(rows.get(1).model()).isCloseTo(176, within(176 * 0.05));
  }

  @Test
  void aWrongBaselineFailsTheCalibration() {
    Scenario wrong =
        Scenario.defaults()
            .with(
                "wrong",
                "US baseline far too low",
                Map.of(
                    OutlookParameter.US_DATACENTRE_2024_TWH,
                    new Scenario.Override(new Fixed(120), "test")));
    List<CalibrationRow> rows = OutlookCalibration.run(wrong, 1000, 42, 2);
    assertThat(OutlookCalibration.anyFailed(rows)).isTrue();
    assertThat(rows.get(1).failed()).isTrue();
  }

  @Test
  void sobolFindsTheOnlyVaryingParameterAndIgnoresFixedOnes() {
    Scenario s = Scenario.defaults();
    Map<OutlookParameter, Scenario.Override> fixed = new LinkedHashMap<>();
    for (OutlookParameter p : OutlookParameter.values()) {
      if (p != OutlookParameter.AI_SHARE_2024_FRACTION
          && p != OutlookParameter.SPACE_SOLAR_LEARNING_RATE_FRACTION) {
        fixed.put(p, new Scenario.Override(new Fixed(s.distribution(p).median()), "test"));
      }
    }
    Scenario two = s.with("two", "two varying", fixed);
    List<SensitivityIndex> idx =
        SobolAnalysis.electricity(two, 2000, 3, new int[] {2030}, 2).get(2030);
    assertThat(idx).hasSize(2);
    assertThat(idx.get(0).parameter()).isEqualTo("ai_share_2024_fraction");
    assertThat(idx.get(0).total()).isCloseTo(1.0, within(0.05));
    assertThat(idx.get(0).firstOrder()).isCloseTo(1.0, within(0.1));
    assertThat(idx.get(1).total()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void namedScenariosOrderAsTheirAssumptionsSay() {
    double base = median2040("default");
    assertThat(median2040("efficiency-wins")).isLessThan(base);
    assertThat(median2040("rebound")).isGreaterThan(base);
    MonteCarloResult fusion =
        MonteCarlo.run(
            BuiltInScenarios.find("fusion-by-2035").orElseThrow(),
            2000,
            1,
            2,
            ProgressListener.NONE);
    MonteCarloResult def = MonteCarlo.run(Scenario.defaults(), 2000, 1, 2, ProgressListener.NONE);
    assertThat(fusion.emissions_MtCO2e().p50()[Years.index(2050)])
        .isLessThan(def.emissions_MtCO2e().p50()[Years.index(2050)]);
  }

  private static double median2040(String name) {
    return MonteCarlo.run(
            BuiltInScenarios.find(name).orElseThrow(), 2000, 1, 2, ProgressListener.NONE)
        .electricity_TWh()
        .p50()[Years.index(2040)];
  }
}
