package io.terawatt.scheduling;

import java.util.List;

/**
 * Where a study's batch jobs come from: a list read from a file, a generator that makes them for
 * the period's length, or a cluster trace that gets its slack, power and home regions here.
 */
public sealed interface JobSource {

  /**
   * The jobs of a period.
   *
   * @param hours hours of the period
   * @param homes regions jobs are homed in, in turn, where the source does not say (may be empty)
   */
  List<BatchJob> jobs(int hours, List<String> homes);

  /** Jobs as listed (a jobs CSV); the period and homes do not change them. */
  record Listed(List<BatchJob> jobs) implements JobSource {
    /** Copies the list. */
    public Listed {
      jobs = List.copyOf(jobs);
    }

    @Override
    public List<BatchJob> jobs(int hours, List<String> homes) {
      return jobs;
    }
  }

  /**
   * A job generator ({@link JobGenerators#parse}), for example {@code
   * every-hour:length=1,slack=24}.
   */
  record Generated(String spec) implements JobSource {
    /**
     * Checks the specification.
     *
     * @throws IllegalArgumentException for an unknown generator or key
     */
    public Generated {
      JobGenerators.parse(spec, 1);
    }

    @Override
    public List<BatchJob> jobs(int hours, List<String> homes) {
      return JobGenerators.parse(spec, hours);
    }
  }

  /**
   * A cluster trace ({@link ClusterTraces}): every job gets the same slack and may or may not
   * pause.
   *
   * @param trace the jobs as the file gives them
   * @param slack_h slack of every job, hours (≥ 0)
   * @param interruptible whether the jobs may pause and resume
   */
  record Trace(List<TraceJob> trace, double slack_h, boolean interruptible) implements JobSource {
    /** Copies the list and checks the slack. */
    public Trace {
      trace = List.copyOf(trace);
      if (!(slack_h >= 0) || !Double.isFinite(slack_h)) {
        throw new IllegalArgumentException("slack " + slack_h + " h must be >= 0.");
      }
    }

    @Override
    public List<BatchJob> jobs(int hours, List<String> homes) {
      return ClusterTraces.batchJobs(trace, slack_h, interruptible, homes);
    }
  }
}
