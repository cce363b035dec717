package io.terawatt.scheduling;

import io.terawatt.scheduling.elastic.ElasticPolicy;
import io.terawatt.scheduling.elastic.ElasticStudy;
import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * What {@link SchedulingService#elastic} needs: one elastic job in one zone under a policy
 * (CarbonScaler, the carbon-agnostic baseline or the oracle), beside the baseline and the oracle.
 *
 * @param zone zone of the data centre
 * @param intensity the zone's hourly intensity history, gCO2e/kWh
 * @param profile the job's mean iteration time by node count
 * @param work_nodeHours total work, single-node hours
 * @param arrival arrival, a whole UTC hour
 * @param deadline deadline, a whole UTC hour after arrival
 * @param policy {@code carbonscaler}, {@code agnostic} or {@code oracle}
 * @param powerPerNode_kW IT power of one node, kW
 * @param minNodes fewest nodes when running
 * @param maxNodes most nodes; empty for the profile's largest
 * @param baselineNodes nodes of the baseline; empty for {@code minNodes}
 * @param forecastModel forecaster of the online policy
 * @param trainingDays days before arrival the forecaster learns from
 */
public record ElasticRequest(
    String zone,
    HourlySeries intensity,
    ScalingMeasurements profile,
    double work_nodeHours,
    Instant arrival,
    Instant deadline,
    String policy,
    double powerPerNode_kW,
    int minNodes,
    OptionalInt maxNodes,
    OptionalInt baselineNodes,
    String forecastModel,
    int trainingDays) {

  /** Policy unless one is named. */
  public static final String DEFAULT_POLICY = "carbonscaler";

  /**
   * IT power of one node unless given, kW ({@link ElasticStudy#DEFAULT_POWER_PER_NODE_kW}: 16 vCPUs
   * at {@link ClusterTraces#WATTS_PER_VCPU}).
   */
  public static final double DEFAULT_POWER_PER_NODE_kW = ElasticStudy.DEFAULT_POWER_PER_NODE_kW;

  /** Fewest nodes when running unless given. */
  public static final int DEFAULT_MIN_NODES = 1;

  /**
   * Checks the policy name.
   *
   * @throws IllegalArgumentException for an unknown policy
   */
  public ElasticRequest {
    ElasticPolicy.byLabel(policy);
  }

  /** The most nodes: as given, or the profile's largest node count. */
  public int resolvedMaxNodes() {
    return maxNodes.orElse(profile.maxNodes());
  }

  /** The baseline's nodes: as given, or {@code minNodes}. */
  public int resolvedBaselineNodes() {
    return baselineNodes.orElse(minNodes);
  }
}
