package io.terawatt.footprint;

import java.util.Optional;

/**
 * A served model with, optionally, a request trace for its fleet view.
 *
 * @param workload the model, hardware and operating point
 * @param trace real requests to annualise, if any
 */
public record ServedModel(InferenceWorkload workload, Optional<RequestTrace> trace) {}
