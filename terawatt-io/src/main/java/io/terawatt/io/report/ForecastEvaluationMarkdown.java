package io.terawatt.io.report;

import io.terawatt.grid.ForecastEvaluationResult;
import io.terawatt.grid.forecast.ForecastEvaluation;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Writes forecast evaluations of several zones as one Markdown table, a row as soon as each zone is
 * evaluated, then a line counting the zones where the model beats seasonal naive.
 */
public final class ForecastEvaluationMarkdown {
  private final PrintWriter out;
  private final String model;
  private final int horizonHours;
  private int zones;
  private int wins;

  /** Writes the header of the table for a model and the horizon of its headline figures. */
  public ForecastEvaluationMarkdown(PrintWriter out, String model, int horizonHours) {
    this.out = out;
    this.model = model;
    this.horizonHours = horizonHours;
    out.printf(
        Locale.ROOT,
        "| zone | signal | issues | %s MAPE %% at %d h | seasonal naive 24 h MAPE %% | seasonal naive"
            + " 168 h MAPE %% | persistence MAPE %% | %s MAE gCO2e/kWh | seasonal naive MAE"
            + " gCO2e/kWh | beats seasonal naive |%n",
        model,
        horizonHours,
        model);
    out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
    out.flush();
  }

  /** Writes the row of one zone. */
  public void row(ForecastEvaluationResult r) {
    ForecastEvaluation e = r.evaluation();
    int h = r.horizonHours();
    boolean win = r.beatsSeasonalNaive();
    wins += win ? 1 : 0;
    zones++;
    out.printf(
        Locale.ROOT,
        "| %s | %s %s | %d | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f | %s |%n",
        r.zone(),
        r.signal().id(),
        r.basis().id(),
        e.issueCount(),
        e.model().mapePercentAt(h),
        e.seasonalNaive24().mapePercentAt(h),
        e.seasonalNaive168().mapePercentAt(h),
        e.persistence().mapePercentAt(h),
        e.model().maeAt(h),
        e.seasonalNaive24().maeAt(h),
        win ? "yes" : "no");
    out.flush();
  }

  /** Writes the closing count. */
  public void finish() {
    out.printf(
        Locale.ROOT,
        "%n%s beats seasonal naive at %d h in %d of %d zones.%n",
        model,
        horizonHours,
        wins,
        zones);
    out.flush();
  }
}
