/**
 * The {@code terawatt assess} command: ethical decision support over an options file, and the
 * allocation-under-scarcity scenario. Commands parse, call {@link
 * io.terawatt.ethics.EthicsAssessment} or {@link io.terawatt.ethics.AllocationService}, and format.
 */
package io.terawatt.cli.ethics;
