package io.terawatt.outlook;

/**
 * Told how many Monte Carlo samples are done; called from worker threads, so it must be
 * thread-safe.
 */
@FunctionalInterface
public interface OutlookProgress {
  /** Does nothing. */
  OutlookProgress NONE = (done, total) -> {};

  /** {@code done} of {@code total} samples are finished. */
  void samplesDone(long done, long total);
}
