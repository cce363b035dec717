/**
 * Ethical decision support for siting and procurement: a decision problem (indicators, options,
 * stakeholders, thresholds), rankings under several aggregation rules ("lenses"), the Pareto set,
 * the pairs the lenses disagree on (dilemmas) with plain-English explanations, weight-stability
 * intervals and SMAA-2 acceptabilities. The aim is to show trade-offs, not to issue one verdict
 * (see {@code docs/adr/0005-ethics-decision-support.md}). {@link
 * io.terawatt.ethics.EthicsAssessment} is the one use case that front ends call.
 */
package io.terawatt.ethics;
