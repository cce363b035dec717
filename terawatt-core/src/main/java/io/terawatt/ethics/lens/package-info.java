/**
 * Ethical frameworks encoded as aggregation rules over stakeholders' normalised scores (see {@code
 * infrastructure-ethics.md} §3.2): utilitarian sum, Rawlsian maximin and leximin, prioritarian
 * (Atkinson-type concave transform), sufficientarian thresholds and a precautionary worst-case
 * rule. Each lens returns a ranking, best first, with per-option scores.
 */
package io.terawatt.ethics.lens;
