package io.terawatt.server.run;

import io.terawatt.server.db.RunState;

/**
 * A change in a run, as sent to watchers (server-sent events).
 *
 * @param runId the run
 * @param state its state
 * @param progressFraction 0 to 1
 * @param message what is being done, or why it stopped
 */
public record RunEvent(String runId, RunState state, double progressFraction, String message) {}
