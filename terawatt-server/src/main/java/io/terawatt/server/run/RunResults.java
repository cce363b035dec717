package io.terawatt.server.run;

import io.terawatt.io.report.api.HourlyColumns;
import io.terawatt.io.report.api.ResultsExplorer;
import io.terawatt.io.report.api.ResultsExplorer.Comparison;
import io.terawatt.io.report.api.ResultsExplorer.SeriesPointer;
import io.terawatt.server.db.RunRepository;
import io.terawatt.server.db.StoredRun;
import io.terawatt.server.http.ApiException;
import io.terawatt.server.http.FieldError;
import java.sql.SQLException;
import java.util.List;

/**
 * What a finished run left: {@code results.json}, {@code report.html}, the chart description, the
 * hourly files, and views of the results. Failures are {@link ApiException}s (404 for a missing run
 * or output, 400 for a malformed JSON pointer).
 */
public final class RunResults {
  private final RunRepository runs;

  /** Outputs recorded in the repository. */
  public RunResults(RunRepository runs) {
    this.runs = runs;
  }

  /** The {@code results.json} text; 404 when the run has none (yet). */
  public String results(String id) throws SQLException {
    StoredRun run = find(id);
    return runs.resultsJson(id)
        .orElseThrow(
            () ->
                new ApiException(
                    404,
                    "No results",
                    "Run " + id + " is " + run.state().id() + " and has no results."));
  }

  /** The {@code report.html} text. */
  public String report(String id) throws SQLException {
    find(id);
    return runs.reportHtml(id)
        .orElseThrow(() -> ApiException.notFound("Run " + id + " has no report."));
  }

  /** The chart description of the run's report, as JSON text. */
  public String charts(String id) throws SQLException {
    StoredRun run = find(id);
    return runs.chartsJson(id)
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "Run " + id + " is " + run.state().id() + " and has no charts."));
  }

  /** The names of the run's output files. */
  public List<String> files(String id) throws SQLException {
    find(id);
    return runs.fileNames(id);
  }

  /** One output file's text. */
  public String file(String id, String name) throws SQLException {
    find(id);
    return runs.file(id, name)
        .orElseThrow(() -> ApiException.notFound("Run " + id + " has no file " + name + "."));
  }

  /** Rows {@code [from, to)} of an hourly CSV output, as columns. */
  public HourlyColumns hourly(String id, String name, int from, int to) throws SQLException {
    return HourlyColumns.of(name, file(id, name), from, to);
  }

  /** Every numeric array in the results, with its JSON pointer and length. */
  public List<SeriesPointer> series(String id) throws SQLException {
    return ResultsExplorer.numericArrays(results(id));
  }

  /** The JSON text at a pointer of the results, an array sliced to {@code [from, to)}. */
  public String seriesAt(String id, String pointer, Integer from, Integer to) throws SQLException {
    String results = results(id);
    try {
      return ResultsExplorer.at(results, pointer, from, to)
          .orElseThrow(() -> ApiException.notFound("The results have nothing at " + pointer + "."));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          List.of(new FieldError("pointer", pointer, "Not a JSON pointer: " + e.getMessage())));
    }
  }

  /** Every numeric value both runs' results hold, with the difference. */
  public Comparison compare(String a, String b) throws SQLException {
    return ResultsExplorer.compare(a, results(a), b, results(b));
  }

  private StoredRun find(String id) throws SQLException {
    return runs.find(id).orElseThrow(() -> ApiException.notFound("There is no run " + id + "."));
  }
}
