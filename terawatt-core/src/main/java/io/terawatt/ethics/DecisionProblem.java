package io.terawatt.ethics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Indicators, options, stakeholders and thresholds of one decision. The constructor checks that
 * every option has a finite value for every indicator, that weights are finite and non-negative,
 * that each stakeholder weighs something, that names are unique and that there are at least two
 * options; it lists every problem in one exception.
 *
 * @param indicators the criteria
 * @param options the options
 * @param stakeholders affected groups; when empty, all indicators are weighed equally
 * @param thresholds sufficientarian limits (may be empty)
 */
public record DecisionProblem(
    List<Indicator> indicators,
    List<DecisionOption> options,
    List<Stakeholder> stakeholders,
    List<Threshold> thresholds) {

  /** Validates the whole problem and reports every problem found. */
  public DecisionProblem {
    indicators = List.copyOf(indicators);
    options = List.copyOf(options);
    stakeholders = List.copyOf(stakeholders);
    thresholds = List.copyOf(thresholds);
    List<String> problems = problems(indicators, options, stakeholders, thresholds);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
  }

  /** Every problem of these parts, empty when they form a valid decision problem. */
  public static List<String> problems(
      List<Indicator> indicators,
      List<DecisionOption> options,
      List<Stakeholder> stakeholders,
      List<Threshold> thresholds) {
    List<String> p = new ArrayList<>();
    if (indicators.isEmpty()) {
      p.add("At least one indicator is needed.");
    }
    if (options.size() < 2) {
      p.add("At least two options are needed to decide; found " + options.size() + ".");
    }
    Set<String> names = new HashSet<>();
    for (Indicator i : indicators) {
      if (!names.add(i.name())) {
        p.add("The indicator '" + i.name() + "' is defined twice.");
      }
    }
    Set<String> optionNames = new HashSet<>();
    for (DecisionOption o : options) {
      if (!optionNames.add(o.name())) {
        p.add("The option '" + o.name() + "' is defined twice.");
      }
      for (Indicator i : indicators) {
        Estimate e = o.values().get(i.name());
        if (e == null) {
          p.add("The option '" + o.name() + "' has no value for indicator '" + i.name() + "'.");
        } else if (!e.isValid()) {
          p.add(
              "The value of '"
                  + i.name()
                  + "' for option '"
                  + o.name()
                  + "' ("
                  + e
                  + ") must be finite with low <= central <= high.");
        }
      }
      for (String k : o.values().keySet()) {
        if (!names.contains(k)) {
          p.add("The option '" + o.name() + "' has a value for unknown indicator '" + k + "'.");
        }
      }
    }
    for (Stakeholder s : stakeholders) {
      for (var e : s.weights().entrySet()) {
        if (!names.contains(e.getKey())) {
          p.add(
              "The stakeholder '" + s.name() + "' weighs unknown indicator '" + e.getKey() + "'.");
        }
        double w = e.getValue();
        if (!Double.isFinite(w) || w < 0) {
          p.add(
              "The weight of '"
                  + e.getKey()
                  + "' for stakeholder '"
                  + s.name()
                  + "' ("
                  + w
                  + ") must be finite and non-negative.");
        }
      }
      if (!(s.totalWeight() > 0)) {
        p.add("The stakeholder '" + s.name() + "' must give some indicator a positive weight.");
      }
    }
    for (Threshold t : thresholds) {
      if (!names.contains(t.indicator())) {
        p.add("A threshold names unknown indicator '" + t.indicator() + "'.");
      }
      if (!Double.isFinite(t.value())) {
        p.add("The threshold on '" + t.indicator() + "' must be finite.");
      }
    }
    return p;
  }

  /** Indicator names in order. */
  public String[] indicatorNames() {
    return indicators.stream().map(Indicator::name).toArray(String[]::new);
  }

  /** Option names in order. */
  public String[] optionNames() {
    return options.stream().map(DecisionOption::name).toArray(String[]::new);
  }

  /** The index of an indicator, or -1. */
  public int indicatorIndex(String name) {
    for (int j = 0; j < indicators.size(); j++) {
      if (indicators.get(j).name().equals(name)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Per-stakeholder weights, each row normalised to sum 1: {@code [stakeholder][indicator]}.
   * Without stakeholders, one row of equal weights.
   */
  public double[][] stakeholderWeights() {
    int m = indicators.size();
    if (stakeholders.isEmpty()) {
      double[][] w = new double[1][m];
      java.util.Arrays.fill(w[0], 1.0 / m);
      return w;
    }
    double[][] w = new double[stakeholders.size()][m];
    for (int s = 0; s < stakeholders.size(); s++) {
      Stakeholder st = stakeholders.get(s);
      double total = st.totalWeight();
      for (int j = 0; j < m; j++) {
        w[s][j] = st.weights().getOrDefault(indicators.get(j).name(), 0.0) / total;
      }
    }
    return w;
  }

  /**
   * Indicator weights for the single-weight-vector methods: the mean over stakeholders of their
   * normalised weights, so each stakeholder counts equally and the weights sum to 1.
   */
  public double[] indicatorWeights() {
    double[][] ws = stakeholderWeights();
    double[] w = new double[indicators.size()];
    for (double[] row : ws) {
      for (int j = 0; j < w.length; j++) {
        w[j] += row[j] / ws.length;
      }
    }
    return w;
  }

  /** Stakeholder names in order ({@code everyone} when none are given). */
  public String[] stakeholderNames() {
    return stakeholders.isEmpty()
        ? new String[] {"everyone"}
        : stakeholders.stream().map(Stakeholder::name).toArray(String[]::new);
  }
}
