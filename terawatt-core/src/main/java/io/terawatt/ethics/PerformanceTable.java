package io.terawatt.ethics;

/**
 * A decision problem as primitive arrays for the methods: values {@code [option][indicator]} with
 * their ranges, directions, and min-max normalised scores. Normalisation (stated once, used by the
 * weighted sum, the lenses and SMAA): {@code n = (x - min) / (max - min)} for indicators to
 * maximise and {@code n = (max - x) / (max - min)} for indicators to minimise, so 1 is the best
 * option and 0 the worst on each indicator; an indicator on which all options are equal scores 1
 * for all.
 */
public final class PerformanceTable {
  private final String[] options;
  private final String[] indicators;
  private final boolean[] maximise;
  private final double[][] central;
  private final double[][] low;
  private final double[][] high;

  private PerformanceTable(
      String[] options,
      String[] indicators,
      boolean[] maximise,
      double[][] central,
      double[][] low,
      double[][] high) {
    this.options = options;
    this.indicators = indicators;
    this.maximise = maximise;
    this.central = central;
    this.low = low;
    this.high = high;
  }

  /** The table of a validated problem. */
  public static PerformanceTable of(DecisionProblem p) {
    int n = p.options().size();
    int m = p.indicators().size();
    double[][] c = new double[n][m];
    double[][] lo = new double[n][m];
    double[][] hi = new double[n][m];
    boolean[] max = new boolean[m];
    for (int j = 0; j < m; j++) {
      max[j] = p.indicators().get(j).maximise();
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        Estimate e = p.options().get(i).values().get(p.indicators().get(j).name());
        c[i][j] = e.central();
        lo[i][j] = e.low();
        hi[i][j] = e.high();
      }
    }
    return new PerformanceTable(p.optionNames(), p.indicatorNames(), max, c, lo, hi);
  }

  /** A table of certain values (for methods used on their own, and tests). */
  public static PerformanceTable ofCertain(
      String[] options, String[] indicators, boolean[] maximise, double[][] values) {
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i].clone();
    }
    return new PerformanceTable(
        options.clone(), indicators.clone(), maximise.clone(), copy, copy, copy);
  }

  /** Number of options. */
  public int optionCount() {
    return options.length;
  }

  /** Number of indicators. */
  public int indicatorCount() {
    return indicators.length;
  }

  /** Option name. */
  public String option(int i) {
    return options[i];
  }

  /** Option names (a copy). */
  public String[] options() {
    return options.clone();
  }

  /** Indicator name. */
  public String indicator(int j) {
    return indicators[j];
  }

  /** Whether more of indicator {@code j} is better. */
  public boolean maximise(int j) {
    return maximise[j];
  }

  /** Central value. */
  public double value(int i, int j) {
    return central[i][j];
  }

  /** Low end of the range. */
  public double low(int i, int j) {
    return low[i][j];
  }

  /** High end of the range. */
  public double high(int i, int j) {
    return high[i][j];
  }

  /** Whether any value has a range. */
  public boolean uncertain() {
    for (int i = 0; i < options.length; i++) {
      for (int j = 0; j < indicators.length; j++) {
        if (high[i][j] > low[i][j]) {
          return true;
        }
      }
    }
    return false;
  }

  /** The worse end of each value's range (high for minimised indicators, low for maximised). */
  public double worst(int i, int j) {
    return maximise[j] ? low[i][j] : high[i][j];
  }

  /** Min-max normalised central values, 1 best, 0 worst (see the class comment). */
  public double[][] normalised() {
    double[][] n = new double[options.length][indicators.length];
    for (int j = 0; j < indicators.length; j++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (double[] row : central) {
        min = Math.min(min, row[j]);
        max = Math.max(max, row[j]);
      }
      for (int i = 0; i < options.length; i++) {
        n[i][j] = normalise(central[i][j], min, max, maximise[j]);
      }
    }
    return n;
  }

  /**
   * The range of indicator {@code j} over every option's whole uncertainty range: {@code {min,
   * max}}; used to normalise sampled and worst-case values on one scale.
   */
  public double[] fullRange(int j) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < options.length; i++) {
      min = Math.min(min, low[i][j]);
      max = Math.max(max, high[i][j]);
    }
    return new double[] {min, max};
  }

  /** The range of the central values of indicator {@code j}: {@code {min, max}}. */
  public double[] centralRange(int j) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : central) {
      min = Math.min(min, row[j]);
      max = Math.max(max, row[j]);
    }
    return new double[] {min, max};
  }

  /** Min-max normalisation of one value with direction; 1 when the range is empty. */
  public static double normalise(double x, double min, double max, boolean maximise) {
    if (!(max > min)) {
      return 1;
    }
    double n = maximise ? (x - min) / (max - min) : (max - x) / (max - min);
    return Math.max(0, Math.min(1, n));
  }
}
