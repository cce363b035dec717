package io.terawatt.ethics;

import io.terawatt.ethics.smaa.SmaaResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one assessment found.
 *
 * @param problem the problem assessed
 * @param indicatorWeights the stakeholder-mean weights used by the single-weight methods
 * @param rankings method or lens name to ranking, in report order
 * @param pareto non-dominated options
 * @param dilemmas pairs the rankings disagree on, with explanations
 * @param weightStability weighted-sum weight intervals per indicator
 * @param smaa SMAA-2 results, empty when skipped
 */
public record Assessment(
    DecisionProblem problem,
    Map<String, Double> indicatorWeights,
    Map<String, Ranking> rankings,
    List<String> pareto,
    List<Dilemma> dilemmas,
    List<WeightInterval> weightStability,
    Optional<SmaaResult> smaa) {}
