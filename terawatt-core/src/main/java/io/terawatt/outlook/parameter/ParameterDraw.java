package io.terawatt.outlook.parameter;

/**
 * One value per {@link OutlookParameter}, indexed by ordinal: the input of one projection.
 *
 * @param values the values (not copied: the hot path reuses arrays)
 */
public record ParameterDraw(double[] values) {

  /** Checks the length. */
  public ParameterDraw {
    if (values.length != OutlookParameter.values().length) {
      throw new IllegalArgumentException(
          "A draw needs "
              + OutlookParameter.values().length
              + " values, got "
              + values.length
              + ".");
    }
  }

  /** The value of one parameter. */
  public double get(OutlookParameter p) {
    return values[p.ordinal()];
  }

  /** A copy with one parameter changed. */
  public ParameterDraw with(OutlookParameter p, double value) {
    double[] v = values.clone();
    v[p.ordinal()] = value;
    return new ParameterDraw(v);
  }
}
