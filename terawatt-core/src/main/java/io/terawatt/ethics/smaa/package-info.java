/**
 * Stochastic multicriteria acceptability analysis (SMAA-2, Lahdelma &amp; Salminen 2001): what the
 * ranking looks like over all weight vectors when preferences are unknown, and over the uncertainty
 * ranges of the indicator values. Seeded and deterministic; primitives only.
 */
package io.terawatt.ethics.smaa;
