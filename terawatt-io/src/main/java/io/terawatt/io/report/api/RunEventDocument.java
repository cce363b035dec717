package io.terawatt.io.report.api;

/**
 * A change in a run, as sent in a server-sent {@code progress} event.
 *
 * @param runId the run
 * @param state its state
 * @param progress_fraction 0 to 1
 * @param message what is being done, or why it stopped
 */
public record RunEventDocument(
    String runId, String state, double progress_fraction, String message) {}
