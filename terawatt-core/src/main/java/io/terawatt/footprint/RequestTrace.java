package io.terawatt.footprint;

/**
 * Prompt and output tokens of real requests over a known span, for the fleet view.
 *
 * @param inputTokens prompt tokens per request
 * @param outputTokens generated tokens per request
 * @param spanHours hours between the first and the last request
 * @param source where the trace came from
 */
public record RequestTrace(
    double[] inputTokens, double[] outputTokens, double spanHours, String source) {

  /** Checks lengths and span, and copies the arrays. */
  public RequestTrace {
    if (inputTokens.length == 0 || inputTokens.length != outputTokens.length) {
      throw new IllegalArgumentException(
          "A request trace needs the same positive number of input and output token counts.");
    }
    if (!(spanHours > 0)) {
      throw new IllegalArgumentException(
          "The span of the trace " + source + " (" + spanHours + " h) must be positive.");
    }
    inputTokens = inputTokens.clone();
    outputTokens = outputTokens.clone();
  }

  /** A copy of the prompt token counts. */
  @Override
  public double[] inputTokens() {
    return inputTokens.clone();
  }

  /** A copy of the output token counts. */
  @Override
  public double[] outputTokens() {
    return outputTokens.clone();
  }

  /** Mean prompt tokens per request: the input size of a served model given only a trace. */
  public double meanInputTokens() {
    return mean(inputTokens);
  }

  /**
   * Mean generated tokens per request, at least one: the output size of a served model given only a
   * trace (a request generates at least one token).
   */
  public double meanOutputTokens() {
    return Math.max(1, mean(outputTokens));
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** Number of requests. */
  public int requests() {
    return inputTokens.length;
  }
}
