package io.terawatt.ethics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The assessment use case on the three-site fixture: Pareto, dilemmas, stability, validation. */
class AssessmentTest {
  private final Assessment a =
      EthicsAssessment.assess(Fixtures.threeSites(), new AssessmentSettings(2000, 1, Map.of()));

  @Test
  void everyMethodRanksEveryOption() {
    assertThat(a.rankings().keySet()).containsExactlyElementsOf(EthicsAssessment.METHODS);
    a.rankings().values().forEach(r -> assertThat(r.bestFirst()).hasSize(3));
  }

  @Test
  void theParetoSetDropsOnlyDominatedOptions() {
    assertThat(a.pareto()).containsExactly("solar-desert", "coal-cheap", "balanced");
    PerformanceTable t =
        PerformanceTable.ofCertain(
            new String[] {"a", "b", "c"},
            new String[] {"cost", "quality"},
            new boolean[] {false, true},
            new double[][] {{1, 5}, {2, 5}, {3, 9}});
    assertThat(ParetoSet.of(t)).containsExactly("a", "c");
  }

  @Test
  void weightIntervalsContainTheCurrentWeightAndFlipAtTheirEnds() {
    double[] w = a.problem().indicatorWeights();
    for (WeightInterval wi : a.weightStability()) {
      assertThat(wi.topLow()).isLessThanOrEqualTo(wi.weight() + 1e-12);
      assertThat(wi.topHigh()).isGreaterThanOrEqualTo(wi.weight() - 1e-12);
      assertThat(wi.rankingLow()).isGreaterThanOrEqualTo(wi.topLow() - 1e-12);
    }
    // carbon weight 0.5: above the interval the low-carbon site must take first place
    WeightInterval carbon = a.weightStability().get(0);
    assertThat(carbon.topHigh()).isLessThan(1.0);
    double t = carbon.topHigh() + 0.01;
    double[] moved = new double[w.length];
    for (int j = 0; j < w.length; j++) {
      moved[j] = j == 0 ? t : w[j] * (1 - t) / (1 - w[0]);
    }
    double[][] n = PerformanceTable.of(a.problem()).normalised();
    double[] s = io.terawatt.ethics.mcda.WeightedSum.scores(n, moved);
    assertThat(s[0]).isGreaterThan(s[2]);
  }

  @Test
  void lensesThatDisagreeYieldADilemmaWithDriversAndAnExplanation() {
    assertThat(a.dilemmas()).isNotEmpty();
    Dilemma d = a.dilemmas().get(0);
    assertThat(d.lensesForA()).isNotEmpty();
    assertThat(d.lensesForB()).isNotEmpty();
    assertThat(d.drivers()).isNotEmpty();
    assertThat(d.explanation()).contains(d.a()).contains(d.b()).contains("To resolve");
    for (String lens : d.lensesForA()) {
      assertThat(a.rankings().get(lens).prefers(d.a(), d.b())).isTrue();
    }
    for (String lens : d.lensesForB()) {
      assertThat(a.rankings().get(lens).prefers(d.b(), d.a())).isTrue();
    }
  }

  @Test
  void smaaReportsAcceptabilitiesWithTheirStandardError() {
    assertThat(a.smaa()).isPresent();
    double[][] b = a.smaa().get().acceptability();
    assertThat(b[0][0] + b[1][0] + b[2][0]).isCloseTo(1.0, within(1e-12));
    assertThat(a.smaa().get().standardError()).isLessThanOrEqualTo(Math.sqrt(0.25 / 2000) + 1e-12);
  }

  @Test
  void anInvalidProblemListsEveryProblemAtOnce() {
    List<Indicator> ind = List.of(new Indicator("x", "u", Direction.MIN, ""));
    assertThatThrownBy(
            () ->
                new DecisionProblem(
                    ind,
                    List.of(
                        DecisionOption.ofCertain("a", Map.of("x", Double.NaN)),
                        DecisionOption.ofCertain("b", Map.of())),
                    List.of(new Stakeholder("s", Map.of("x", -1.0))),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x' for option 'a'")
        .hasMessageContaining("option 'b' has no value")
        .hasMessageContaining("non-negative");
    assertThatThrownBy(
            () ->
                new DecisionProblem(
                    ind,
                    List.of(DecisionOption.ofCertain("a", Map.of("x", 1.0))),
                    List.of(),
                    List.of()))
        .hasMessageContaining("At least two options");
  }
}
