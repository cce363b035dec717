package io.terawatt.io.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.grid.ForecastEvaluationResult;
import io.terawatt.grid.IssuedForecastScore;
import io.terawatt.grid.forecast.ForecastEvaluation;
import java.util.List;
import java.util.Locale;

/**
 * Writes a forecast evaluation as JSON or a terminal table; {@link ForecastEvaluationMarkdown}
 * writes several zones as one Markdown table.
 */
public final class ForecastEvaluationWriter {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ForecastEvaluationWriter() {}

  /**
   * JSON: the headline errors at the longest horizon, the errors by horizon and, where scored, the
   * provider's issued forecasts; ends with a newline.
   */
  public static String json(ForecastEvaluationResult r) {
    ForecastEvaluation e = r.evaluation();
    int h = r.horizonHours();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("zone", r.zone());
    root.put("model", e.modelName());
    root.put("signal", r.signal().id());
    root.put("basis", r.basis().id());
    root.put("horizon_hours", h);
    root.put("issues", e.issueCount());
    root.put("mape_pct", e.model().mapePercentAt(h));
    root.put("mae_gCO2e_per_kWh", e.model().maeAt(h));
    root.put("seasonal_naive_mape_pct", e.seasonalNaive24().mapePercentAt(h));
    root.put("seasonal_naive_mae_gCO2e_per_kWh", e.seasonalNaive24().maeAt(h));
    root.put("seasonal_naive_168_mape_pct", e.seasonalNaive168().mapePercentAt(h));
    root.put("persistence_mape_pct", e.persistence().mapePercentAt(h));
    root.put("mean_mape_pct_over_horizons", e.model().meanMapePercentThrough(h));
    root.put(
        "seasonal_naive_mean_mape_pct_over_horizons",
        e.seasonalNaive24().meanMapePercentThrough(h));
    root.put("filled_hours", r.filledHours());
    root.put("mape_skipped_targets", e.mapeSkippedTargetsAt(h));
    ArrayNode by = root.putArray("by_horizon");
    for (int k = 1; k <= h; k++) {
      ObjectNode n = by.addObject();
      n.put("horizon_hours", k);
      n.put("mape_pct", e.model().mapePercentAt(k));
      n.put("mae_gCO2e_per_kWh", e.model().maeAt(k));
      n.put("seasonal_naive_mape_pct", e.seasonalNaive24().mapePercentAt(k));
      n.put("seasonal_naive_168_mape_pct", e.seasonalNaive168().mapePercentAt(k));
      n.put("persistence_mape_pct", e.persistence().mapePercentAt(k));
    }
    if (r.issuedForecasts().isPresent()) {
      IssuedForecastScore p = r.issuedForecasts().get();
      ObjectNode n = root.putObject("issued_forecasts");
      n.put("source", p.source());
      n.put("horizon_hours", p.horizonHours());
      n.put("hours", p.hours());
      n.put("provider_mape_pct", p.providerMapePercent());
      n.put("model_mape_pct", p.modelMapePercent());
    }
    return Json.text(MAPPER, root) + "\n";
  }

  /** A table by horizon, a summary line and, where scored, a line on the issued forecasts. */
  public static String table(ForecastEvaluationResult r) {
    ForecastEvaluation e = r.evaluation();
    int h = r.horizonHours();
    TextTable t =
        new TextTable(
            List.of(
                "horizon_h",
                "model_mape_pct",
                "model_mae_gCO2e_per_kWh",
                "seasonal_naive_24_mape_pct",
                "seasonal_naive_168_mape_pct",
                "persistence_mape_pct"));
    for (int k = 1; k <= h; k++) {
      t.row(
          List.of(
              String.valueOf(k),
              pct(e.model().mapePercentAt(k)),
              TextTable.num(e.model().maeAt(k), 4),
              pct(e.seasonalNaive24().mapePercentAt(k)),
              pct(e.seasonalNaive168().mapePercentAt(k)),
              pct(e.persistence().mapePercentAt(k))));
    }
    StringBuilder b = new StringBuilder(t.render());
    b.append(
        String.format(
            Locale.ROOT,
            "%s %s/%s, %d issues: %s MAPE at %d h %.2f %% vs seasonal naive %.2f %%%n",
            r.zone(),
            r.signal().id(),
            r.basis().id(),
            e.issueCount(),
            e.modelName(),
            h,
            e.model().mapePercentAt(h),
            e.seasonalNaive24().mapePercentAt(h)));
    r.issuedForecasts()
        .ifPresent(
            p ->
                b.append(
                    String.format(
                        Locale.ROOT,
                        "Issued forecasts (%s) at %d h over %d hours: provider MAPE %.2f %%, %s"
                            + " %.2f %%%n",
                        p.source(),
                        p.horizonHours(),
                        p.hours(),
                        p.providerMapePercent(),
                        e.modelName(),
                        p.modelMapePercent())));
    return b.toString();
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
