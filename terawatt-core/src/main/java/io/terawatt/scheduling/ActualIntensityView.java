package io.terawatt.scheduling;

/** The oracle's view: the actual intensity of the hours ahead. */
public final class ActualIntensityView implements IntensityView {
  private final SchedulingProblem problem;

  /** The actual intensities of {@code problem}. */
  public ActualIntensityView(SchedulingProblem problem) {
    this.problem = problem;
  }

  @Override
  public double[] expected(int region, int issuedHour, int horizon) {
    int end = Math.min(problem.hours(), issuedHour + horizon);
    double[] out = new double[Math.max(0, end - issuedHour)];
    for (int h = issuedHour; h < end; h++) {
      out[h - issuedHour] = problem.intensityAt(region, h);
    }
    return out;
  }

  @Override
  public double relativeError(int region, int k) {
    return 0;
  }

  @Override
  public boolean isPerfect() {
    return true;
  }

  @Override
  public String source() {
    return "actual";
  }
}
