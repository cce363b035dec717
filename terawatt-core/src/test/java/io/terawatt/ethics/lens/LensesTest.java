package io.terawatt.ethics.lens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.ethics.DecisionOption;
import io.terawatt.ethics.DecisionProblem;
import io.terawatt.ethics.Direction;
import io.terawatt.ethics.Estimate;
import io.terawatt.ethics.Fixtures;
import io.terawatt.ethics.Indicator;
import io.terawatt.ethics.Ranking;
import io.terawatt.ethics.Stakeholder;
import io.terawatt.ethics.Threshold;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each lens on small problems whose answers can be worked out by hand. */
class LensesTest {
  private final LensInput sites = new LensInput(Fixtures.threeSites());

  @Test
  void stakeholderScoresAverageTheNormalisedIndicatorsTheyFeel() {
    // host community under solar-desert: water worst (0), bill worst (0) -> 0
    assertThat(sites.stakeholderScore(0, 1)).isEqualTo(0.0);
    // balanced: water (900-600)/400 = 0.75, bill (5-3)/4 = 0.5 -> 0.625
    assertThat(sites.stakeholderScore(2, 1)).isCloseTo(0.625, within(1e-12));
    // climate under balanced: (1000-500)/900
    assertThat(sites.stakeholderScore(2, 0)).isCloseTo(500.0 / 900, within(1e-12));
  }

  @Test
  void maximinPicksTheOptionWhoseWorstOffGroupFaresBest() {
    // worst-off: solar 0, coal 0, balanced min(0.556, 0.625) = 0.556
    Ranking r = new MaximinLens().rank(sites);

    assertThat(r.bestFirst().get(0)).isEqualTo("balanced");
    assertThat(r.scores().get("balanced")).isCloseTo(500.0 / 900, within(1e-12));
  }

  @Test
  void utilitarianSumsStakeholderScores() {
    // solar 1 + 0 = 1; coal 0 + 1 = 1; balanced 0.556 + 0.625 = 1.181
    Ranking r = new UtilitarianLens().rank(sites);

    assertThat(r.bestFirst()).startsWith("balanced");
    assertThat(r.scores().get("solar-desert")).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void leximinLooksAtTheSecondWorstWhenTheWorstTie() {
    // a: (0.2, 0.9), b: (0.2, 0.5): maximin ties, leximin prefers a
    DecisionProblem p =
        new DecisionProblem(
            List.of(
                new Indicator("x", "u", Direction.MAX, ""),
                new Indicator("y", "u", Direction.MAX, "")),
            List.of(
                DecisionOption.ofCertain("b", Map.of("x", 0.2, "y", 0.5)),
                DecisionOption.ofCertain("a", Map.of("x", 0.2, "y", 0.9)),
                DecisionOption.ofCertain("lo", Map.of("x", 0.0, "y", 0.0)),
                DecisionOption.ofCertain("hi", Map.of("x", 1.0, "y", 0.1))),
            List.of(
                new Stakeholder("s1", Map.of("x", 1.0)), new Stakeholder("s2", Map.of("y", 1.0))),
            List.of());
    Ranking r = new LeximinLens().rank(new LensInput(p));

    assertThat(r.position("a")).isLessThan(r.position("b"));
  }

  @Test
  void prioritarianWeighsGainsToTheWorseOffMore() {
    // equal sums (1.0), but balanced spreads them evenly: concave g prefers it
    DecisionProblem p =
        new DecisionProblem(
            List.of(
                new Indicator("x", "u", Direction.MAX, ""),
                new Indicator("y", "u", Direction.MAX, "")),
            List.of(
                DecisionOption.ofCertain("unequal", Map.of("x", 1.0, "y", 0.0)),
                DecisionOption.ofCertain("equal", Map.of("x", 0.5, "y", 0.5)),
                DecisionOption.ofCertain("other", Map.of("x", 0.0, "y", 1.0))),
            List.of(
                new Stakeholder("s1", Map.of("x", 1.0)), new Stakeholder("s2", Map.of("y", 1.0))),
            List.of());
    LensInput in = new LensInput(p);

    assertThat(new PrioritarianLens().rank(in).bestFirst().get(0)).isEqualTo("equal");
    assertThat(new PrioritarianLens(0).rank(in).scores().get("equal"))
        .isCloseTo(new PrioritarianLens(0).rank(in).scores().get("unequal"), within(1e-12));
  }

  @Test
  void sufficientarianRanksCrossingOptionsLastOrderedByHowFarTheyCross() {
    DecisionProblem base = Fixtures.threeSites();
    DecisionProblem p =
        new DecisionProblem(
            base.indicators(),
            base.options(),
            base.stakeholders(),
            List.of(
                new Threshold("water_m3", Threshold.Bound.MAX, 700),
                new Threshold("carbon_tCO2e", Threshold.Bound.MAX, 800)));
    // solar crosses water by 200/700 = 0.286; coal crosses carbon by 200/800 = 0.25
    Ranking r = new SufficientarianLens().rank(new LensInput(p));

    assertThat(r.bestFirst()).containsExactly("balanced", "coal-cheap", "solar-desert");
    assertThat(r.scores().get("coal-cheap")).isCloseTo(-0.25, within(1e-12));
  }

  @Test
  void precautionaryPenalisesImmatureTechnologyAndWideRanges() {
    List<Indicator> ind =
        List.of(
            new Indicator("carbon_tCO2e", "tCO2e", Direction.MIN, ""),
            new Indicator("technology_risk_score", "score", Direction.MIN, ""));
    // fusion: best central carbon but a wide range and high risk
    DecisionProblem p =
        new DecisionProblem(
            ind,
            List.of(
                new DecisionOption(
                    "fusion",
                    Map.of(
                        "carbon_tCO2e",
                        new Estimate(10, 5, 900),
                        "technology_risk_score",
                        Estimate.of(8))),
                new DecisionOption(
                    "gas",
                    Map.of(
                        "carbon_tCO2e",
                        Estimate.of(400),
                        "technology_risk_score",
                        Estimate.of(0)))),
            List.of(new Stakeholder("everyone", Map.of("carbon_tCO2e", 1.0))),
            List.of());
    LensInput in = new LensInput(p);

    assertThat(new UtilitarianLens().rank(in).bestFirst().get(0)).isEqualTo("fusion");
    assertThat(new PrecautionaryLens().rank(in).bestFirst().get(0)).isEqualTo("gas");
  }
}
