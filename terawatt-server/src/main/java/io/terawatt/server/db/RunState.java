package io.terawatt.server.db;

import java.util.Locale;

/** The life of a run: queued, running, then one of succeeded, failed or cancelled. */
public enum RunState {
  /** Waiting for a worker. */
  QUEUED,
  /** Being computed. */
  RUNNING,
  /** Finished with results. */
  SUCCEEDED,
  /** Stopped by an error, or by the server stopping while it ran. */
  FAILED,
  /** Stopped on request. */
  CANCELLED;

  /** The lower-case name used in JSON and the database. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the run is over. */
  public boolean finished() {
    return this == SUCCEEDED || this == FAILED || this == CANCELLED;
  }

  /** Parses {@link #id()}. */
  public static RunState of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
