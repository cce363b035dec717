package io.terawatt.scheduling;

import io.terawatt.scheduling.elastic.ElasticEvaluation;

/**
 * What {@link SchedulingService#elastic} found.
 *
 * @param request what was asked
 * @param evaluation the policy's run beside the baseline's and the oracle's
 */
public record ElasticResult(ElasticRequest request, ElasticEvaluation evaluation) {}
