/**
 * Scheduling policies from the literature and our own: carbon-agnostic first-come-first-served,
 * threshold, best start window (Carbon Aware SDK), lowest slots (Let's Wait Awhile), Carbon-Time
 * (GAIA), a rolling-horizon forecast optimiser and the perfect-information oracle.
 */
package io.terawatt.scheduling.policy;
