package io.terawatt.server.run;

/** Thrown by a plan that stopped because its run was cancelled. */
public final class RunCancelledException extends RuntimeException {
  /** With a message. */
  public RunCancelledException(String message) {
    super(message);
  }
}
