package io.terawatt.plan;

import io.terawatt.ethics.Assessment;
import io.terawatt.ethics.Indicator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assessment stage: the candidate sites as options, with indicators computed from the supply
 * plans and the footprint.
 *
 * @param indicators the indicators, with unit, direction and source
 * @param values site → indicator → value (units as in the indicator)
 * @param assessment the ethics assessment (rankings per lens, Pareto set, dilemmas, SMAA); empty
 *     when there are fewer than two sites
 * @param note why the assessment is missing, or empty
 */
public record AssessmentStage(
    List<Indicator> indicators,
    Map<String, Map<String, Double>> values,
    Optional<Assessment> assessment,
    String note) {

  /** Copies the list. */
  public AssessmentStage {
    indicators = List.copyOf(indicators);
  }
}
