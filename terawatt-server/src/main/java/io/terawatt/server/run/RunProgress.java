package io.terawatt.server.run;

/** The channel between a running plan and the server. */
public interface RunProgress {
  /** Reports progress: a fraction from 0 to 1 and what is being done. */
  void report(double fraction, String message);

  /** Whether the run was asked to stop; a plan should check this between steps. */
  boolean cancelled();
}
