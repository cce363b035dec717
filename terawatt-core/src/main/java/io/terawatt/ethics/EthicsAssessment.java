package io.terawatt.ethics;

import io.terawatt.ethics.lens.Lens;
import io.terawatt.ethics.lens.LensInput;
import io.terawatt.ethics.lens.Lenses;
import io.terawatt.ethics.mcda.PreferenceFunction;
import io.terawatt.ethics.mcda.PrometheeII;
import io.terawatt.ethics.mcda.Topsis;
import io.terawatt.ethics.mcda.WeightedSum;
import io.terawatt.ethics.smaa.Smaa2;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The use case behind {@code terawatt assess}: runs every lens and method on one problem, then the
 * Pareto set, the dilemmas, the weight-stability intervals and SMAA-2.
 */
public final class EthicsAssessment {
  /** Lens and method names in report order. */
  public static final java.util.List<String> METHODS =
      java.util.List.of(
          "utilitarian",
          "maximin",
          "leximin",
          "prioritarian",
          "sufficientarian",
          "precautionary",
          "weighted-sum",
          "topsis",
          "promethee-ii");

  private EthicsAssessment() {}

  /** Assesses a problem. */
  public static Assessment assess(DecisionProblem problem, AssessmentSettings settings) {
    LensInput in = new LensInput(problem);
    PerformanceTable t = in.table();
    double[] w = problem.indicatorWeights();
    Map<String, Ranking> rankings = new LinkedHashMap<>();
    for (Lens lens : Lenses.standard()) {
      rankings.put(lens.name(), lens.rank(in));
    }
    String[] names = t.options();
    double[] tie = in.tieBreak();
    rankings.put(
        "weighted-sum",
        Ranking.byScore("weighted-sum", names, WeightedSum.scores(in.normalisedMatrix(), w), tie));
    rankings.put("topsis", Ranking.byScore("topsis", names, Topsis.scores(t, w), tie));
    PreferenceFunction[] f = new PreferenceFunction[t.indicatorCount()];
    for (int j = 0; j < f.length; j++) {
      f[j] =
          settings
              .preferenceFunctions()
              .getOrDefault(t.indicator(j), PrometheeII.defaultFunction(t, j));
    }
    rankings.put(
        "promethee-ii", Ranking.byScore("promethee-ii", names, PrometheeII.scores(t, w, f), tie));
    Ranking ws = rankings.get("weighted-sum");
    int[] order =
        ws.bestFirst().stream()
            .mapToInt(problem.options().stream().map(DecisionOption::name).toList()::indexOf)
            .toArray();
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int j = 0; j < w.length; j++) {
      weights.put(t.indicator(j), w[j]);
    }
    return new Assessment(
        problem,
        weights,
        rankings,
        ParetoSet.of(t),
        DilemmaFinder.find(in, rankings),
        WeightStability.intervals(problem.indicatorNames(), in.normalisedMatrix(), w, order),
        settings.smaaSamples() > 0
            ? Optional.of(Smaa2.run(t, settings.smaaSamples(), settings.smaaSeed()))
            : Optional.empty());
  }
}
