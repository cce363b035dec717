package io.terawatt.outlook.montecarlo;

/** Told how many samples are done; called from worker threads, so it must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {
  /** Does nothing. */
  ProgressListener NONE = (done, total) -> {};

  /** {@code done} of {@code total} samples are finished. */
  void samplesDone(long done, long total);
}
