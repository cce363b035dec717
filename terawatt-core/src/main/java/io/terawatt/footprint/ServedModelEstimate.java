package io.terawatt.footprint;

import java.util.Optional;

/**
 * Per-request figures of a served model and, when it has a trace, its annual fleet figures.
 *
 * @param perRequest the per-request estimate at the workload's operating point
 * @param fleet the annualised trace, if a trace was given
 */
public record ServedModelEstimate(InferenceEstimate perRequest, Optional<FleetEstimate> fleet) {}
