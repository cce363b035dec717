package io.terawatt.outlook.parameter;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * A named assignment of a distribution (and its source) to every {@link OutlookParameter}.
 * Scenarios are built from the default by overrides.
 */
public final class Scenario implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final OutlookParameter[] ALL = OutlookParameter.values();

  private final String name;
  private final String description;
  private final Distribution[] distributions;
  private final String[] sources;

  private Scenario(
      String name, String description, Distribution[] distributions, String[] sources) {
    this.name = name;
    this.description = description;
    this.distributions = distributions;
    this.sources = sources;
  }

  /** The built-in default: every parameter at its documented default distribution. */
  public static Scenario defaults() {
    Distribution[] d = new Distribution[ALL.length];
    String[] s = new String[ALL.length];
    for (OutlookParameter p : ALL) {
      d[p.ordinal()] = p.defaultDistribution();
      s[p.ordinal()] = p.source();
    }
    return new Scenario(
        "default", "Documented central distributions (IEA, LBNL, Epoch AI; see sources)", d, s);
  }

  /**
   * This scenario with some parameters replaced.
   *
   * @param newName name of the result
   * @param newDescription description of the result
   * @param overrides distribution and source by parameter
   */
  public Scenario with(
      String newName, String newDescription, Map<OutlookParameter, Override> overrides) {
    Distribution[] d = distributions.clone();
    String[] s = sources.clone();
    for (Map.Entry<OutlookParameter, Override> e : overrides.entrySet()) {
      d[e.getKey().ordinal()] = e.getValue().distribution();
      s[e.getKey().ordinal()] = e.getValue().source();
    }
    return new Scenario(newName, newDescription, d, s);
  }

  /**
   * One overridden parameter.
   *
   * @param distribution its distribution
   * @param source where it comes from
   */
  public record Override(Distribution distribution, String source) implements Serializable {}

  /** Scenario name. */
  public String name() {
    return name;
  }

  /** What the scenario assumes. */
  public String description() {
    return description;
  }

  /** The distribution of a parameter. */
  public Distribution distribution(OutlookParameter p) {
    return distributions[p.ordinal()];
  }

  /** The source of a parameter's distribution. */
  public String source(OutlookParameter p) {
    return sources[p.ordinal()];
  }

  /** Distributions by parameter, in parameter order. */
  public Map<OutlookParameter, Distribution> distributions() {
    Map<OutlookParameter, Distribution> m = new EnumMap<>(OutlookParameter.class);
    for (OutlookParameter p : ALL) {
      m.put(p, distributions[p.ordinal()]);
    }
    return m;
  }

  /**
   * Maps uniform numbers (one per parameter, in ordinal order) to parameter values, writing them
   * into {@code values}.
   */
  public void quantiles(double[] uniforms, double[] values) {
    for (int i = 0; i < distributions.length; i++) {
      values[i] = distributions[i].quantile(uniforms[i]);
    }
  }

  /** The draw with every parameter at its median. */
  public ParameterDraw medianDraw() {
    double[] v = new double[ALL.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = distributions[i].median();
    }
    return new ParameterDraw(v);
  }

  @java.lang.Override
  public boolean equals(Object o) {
    return o instanceof Scenario other
        && name.equals(other.name)
        && Arrays.equals(distributions, other.distributions);
  }

  @java.lang.Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(distributions);
  }

  @java.lang.Override
  public String toString() {
    return "Scenario[" + name + "]";
  }
}
