package io.terawatt.scheduling.elastic;

/**
 * A policy's run against the carbon-agnostic baseline and the oracle.
 *
 * @param run the policy's run
 * @param baseline the carbon-agnostic run (fixed nodes from arrival)
 * @param oracle the greedy on actual intensity (optimal for concave profiles)
 * @param profileConcave whether the profile's marginal throughput is non-increasing over the job's
 *     node range (the oracle is then exact)
 * @param forecastModel forecaster behind the online policy ({@code actual} for the oracle)
 */
public record ElasticEvaluation(
    ElasticRun run,
    ElasticRun baseline,
    ElasticRun oracle,
    boolean profileConcave,
    String forecastModel) {

  /** Savings of the run against the baseline, percent of the baseline's emissions. */
  public double savings_pct() {
    return 100
        * (baseline.emissions_kgCO2e() - run.emissions_kgCO2e())
        / baseline.emissions_kgCO2e();
  }

  /** Savings of {@code other} (one of the three runs) against the baseline, percent. */
  public double savingsOf_pct(ElasticRun other) {
    return 100
        * (baseline.emissions_kgCO2e() - other.emissions_kgCO2e())
        / baseline.emissions_kgCO2e();
  }

  /** Savings of the oracle against the baseline, percent. */
  public double oracleSavings_pct() {
    return 100
        * (baseline.emissions_kgCO2e() - oracle.emissions_kgCO2e())
        / baseline.emissions_kgCO2e();
  }
}
