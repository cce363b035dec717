package io.terawatt.io.report.api;

import java.time.Instant;

/**
 * A plan run as the API lists it.
 *
 * @param id run id
 * @param scenarioId the stored scenario it ran, or null for a scenario sent with the request
 * @param state {@code queued}, {@code running}, {@code succeeded}, {@code failed} or {@code
 *     cancelled}
 * @param progress_fraction 0 to 1
 * @param message what is being done, or why it stopped
 * @param createdAt when it was queued (ISO-8601, UTC)
 * @param startedAt when it started, or null
 * @param finishedAt when it finished, or null
 * @param hasResults whether results are stored
 * @param links where to follow it and read its output
 */
public record RunSummary(
    String id,
    String scenarioId,
    String state,
    double progress_fraction,
    String message,
    String createdAt,
    String startedAt,
    String finishedAt,
    boolean hasResults,
    Links links) {

  /**
   * The run's resources.
   *
   * @param self this summary
   * @param events server-sent progress events
   * @param results {@code results.json}
   * @param report {@code report.html}
   * @param charts the chart description of the report's charts
   */
  public record Links(String self, String events, String results, String report, String charts) {}

  /** The summary of a run, with its links under {@code /api/runs/<id>}. */
  public static RunSummary of(
      String id,
      String scenarioId,
      String state,
      double progressFraction,
      String message,
      Instant createdAt,
      Instant startedAt,
      Instant finishedAt,
      boolean hasResults) {
    String self = "/api/runs/" + id;
    return new RunSummary(
        id,
        scenarioId,
        state,
        progressFraction,
        message,
        createdAt.toString(),
        text(startedAt),
        text(finishedAt),
        hasResults,
        new Links(self, self + "/events", self + "/results", self + "/report", self + "/charts"));
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}
