/**
 * Elastic batch jobs that can scale their node count hour by hour, scheduled by marginal work per
 * gram as in CarbonScaler (Hanafy et al., "CarbonScaler: Leveraging Cloud Workload Elasticity for
 * Optimizing Carbon-Efficiency", Proc. ACM Meas. Anal. Comput. Syst. 7(3), SIGMETRICS 2024 / POMACS
 * 2023).
 */
package io.terawatt.scheduling.elastic;
