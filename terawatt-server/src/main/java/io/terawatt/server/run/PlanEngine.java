package io.terawatt.server.run;

import io.terawatt.server.http.FieldError;
import java.util.List;

/**
 * What the server needs from the plan job: validate a scenario and run it. The production
 * implementation adapts {@code io.terawatt.plan.PlanService}; tests may pass their own.
 */
public interface PlanEngine {

  /** Every problem of a scenario (empty when it is valid). */
  List<FieldError> validate(String scenarioYaml);

  /**
   * Plans a scenario.
   *
   * @param scenarioYaml the scenario
   * @param progress receives progress and is asked whether to stop
   * @return the run's {@code results.json}, {@code report.html} and other files
   * @throws RunCancelledException when {@link RunProgress#cancelled()} asked it to stop
   * @throws Exception on any failure, whose message is stored with the failed run
   */
  PlanOutput run(String scenarioYaml, RunProgress progress) throws Exception;

  /**
   * The output of a plan.
   *
   * @param resultsJson the {@code results.json} text
   * @param reportHtml the {@code report.html} text, or null when none was made
   * @param chartsJson the description of the report's charts ({@code io.terawatt.io.report.chart}
   *     as JSON), or null when none was made
   * @param files further output files by name, such as hourly CSV tables
   */
  record PlanOutput(
      String resultsJson,
      String reportHtml,
      String chartsJson,
      java.util.Map<String, String> files) {
    /** Copies the map. */
    public PlanOutput {
      files = java.util.Map.copyOf(files);
    }

    /** An output without charts. */
    public PlanOutput(String resultsJson, String reportHtml, java.util.Map<String, String> files) {
      this(resultsJson, reportHtml, null, files);
    }
  }
}
