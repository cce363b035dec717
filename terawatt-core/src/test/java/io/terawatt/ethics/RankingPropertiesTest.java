package io.terawatt.ethics;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.ethics.smaa.Smaa2;
import io.terawatt.ethics.smaa.SmaaResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Invariants checked on 200 seeded random problems each (plain JUnit, fixed seeds, so a failure
 * reproduces).
 */
class RankingPropertiesTest {
  private static final List<String> MONOTONE =
      List.of("weighted-sum", "topsis", "maximin", "leximin", "prioritarian", "utilitarian");

  @Test
  void scalingAllWeightsByAPositiveConstantLeavesEveryRankingUnchanged() {
    SplittableRandom r = new SplittableRandom(11);
    AssessmentSettings noSmaa = new AssessmentSettings(0, 1, Map.of());
    for (int k = 0; k < 200; k++) {
      DecisionProblem p = Fixtures.random(r, 2 + r.nextInt(6), 1 + r.nextInt(6), 1 + r.nextInt(4));
      double c = Math.exp(r.nextDouble() * 8 - 4);
      DecisionProblem scaled = scale(p, c);

      Map<String, Ranking> a = EthicsAssessment.assess(p, noSmaa).rankings();
      Map<String, Ranking> b = EthicsAssessment.assess(scaled, noSmaa).rankings();

      for (String method : a.keySet()) {
        assertThat(b.get(method).bestFirst())
            .as("case %d, %s, scale %s", k, method, c)
            .isEqualTo(a.get(method).bestFirst());
      }
    }
  }

  @Test
  void aDominatedOptionNeverRanksAboveTheOptionDominatingItUnderMonotoneLenses() {
    SplittableRandom r = new SplittableRandom(12);
    AssessmentSettings noSmaa = new AssessmentSettings(0, 1, Map.of());
    int checked = 0;
    for (int k = 0; k < 200; k++) {
      DecisionProblem p =
          withDominatedCopy(
              Fixtures.random(r, 2 + r.nextInt(5), 2 + r.nextInt(5), 1 + r.nextInt(4)), r);
      Map<String, Ranking> rankings = EthicsAssessment.assess(p, noSmaa).rankings();
      for (String m : MONOTONE) {
        assertThat(rankings.get(m).prefers("dominant", "dominated"))
            .as("case %d, %s: %s", k, m, rankings.get(m))
            .isTrue();
        checked++;
      }
    }
    assertThat(checked).isEqualTo(200 * MONOTONE.size());
  }

  @Test
  void smaaAcceptabilitiesSumToOnePerOptionAndPerRank() {
    SplittableRandom r = new SplittableRandom(13);
    for (int k = 0; k < 50; k++) {
      DecisionProblem p = Fixtures.random(r, 2 + r.nextInt(8), 1 + r.nextInt(6), 1);
      SmaaResult s = Smaa2.run(PerformanceTable.of(p), 500, k);
      int n = s.acceptability().length;
      for (int i = 0; i < n; i++) {
        double row = 0;
        double col = 0;
        for (int q = 0; q < n; q++) {
          row += s.acceptability()[i][q];
          col += s.acceptability()[q][i];
        }
        assertThat(row)
            .as("option %d", i)
            .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(col).as("rank %d", i).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
      }
    }
  }

  private static DecisionProblem scale(DecisionProblem p, double c) {
    List<Stakeholder> st =
        p.stakeholders().stream()
            .map(
                s -> {
                  Map<String, Double> w = new LinkedHashMap<>();
                  s.weights().forEach((k, v) -> w.put(k, v * c));
                  return new Stakeholder(s.name(), w);
                })
            .toList();
    return new DecisionProblem(p.indicators(), p.options(), st, p.thresholds());
  }

  /** Adds "dominant" and a "dominated" copy that is worse on one indicator or more. */
  private static DecisionProblem withDominatedCopy(DecisionProblem p, SplittableRandom r) {
    Map<String, Double> top = new LinkedHashMap<>();
    Map<String, Double> low = new LinkedHashMap<>();
    boolean worse = false;
    for (Indicator ind : p.indicators()) {
      double v = Math.floor(r.nextDouble() * 100);
      top.put(ind.name(), v);
      double d = (!worse || r.nextBoolean()) ? 1 + Math.floor(r.nextDouble() * 20) : 0;
      worse = true;
      low.put(ind.name(), ind.maximise() ? v - d : v + d);
    }
    List<DecisionOption> opts = new java.util.ArrayList<>();
    opts.add(DecisionOption.ofCertain("dominated", low));
    opts.addAll(p.options());
    opts.add(DecisionOption.ofCertain("dominant", top));
    return new DecisionProblem(p.indicators(), opts, p.stakeholders(), p.thresholds());
  }
}
