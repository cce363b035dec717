package io.terawatt.server.run;

/** Someone following a run's progress, such as a server-sent event stream. */
public interface RunFollower {
  /** Sends a change of the run. */
  void send(RunEvent e);

  /** Tells that the run cannot be followed. */
  void error(String message);

  /** Keeps a quiet connection open. */
  void keepAlive();

  /** Whether the follower has gone away. */
  boolean gone();

  /** Runs {@code r} when the follower goes away. */
  void onClose(Runnable r);

  /** Ends the stream. */
  void close();
}
