package io.terawatt.io.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.footprint.FootprintValidationReport;
import io.terawatt.footprint.validation.ValidationRow;
import java.util.List;
import java.util.Locale;

/** Writes predicted-against-published comparisons as a table, Markdown or JSON. */
public final class ValidationReportWriter {
  private ValidationReportWriter() {}

  /** A terminal table of a report. */
  public static String table(FootprintValidationReport report) {
    return table(report.rows());
  }

  /** A Markdown table of a report, as in docs/validation.md. */
  public static String markdown(FootprintValidationReport report) {
    return markdown(report.rows());
  }

  /** The JSON rows of a report. */
  public static String json(FootprintValidationReport report) {
    return json(report.rows());
  }

  /** A terminal table with a pass count. */
  public static String table(List<ValidationRow> rows) {
    TextTable t =
        new TextTable(
            List.of(
                "case",
                "mode",
                "quantity",
                "predicted",
                "published",
                "error_pct",
                "tolerance_pct",
                "result"));
    for (ValidationRow r : rows) {
      t.row(
          List.of(
              r.caseName(),
              r.mode(),
              r.quantity(),
              TextTable.num(r.predicted(), 4),
              TextTable.num(r.published(), 4),
              String.format(Locale.ROOT, "%+.1f", r.errorPct()),
              TextTable.num(r.tolerancePct(), 2),
              r.passes() ? "pass" : "FAIL"));
    }
    return t.render() + summary(rows) + "\n";
  }

  /** A Markdown table for docs. */
  public static String markdown(List<ValidationRow> rows) {
    StringBuilder b =
        new StringBuilder(
            "| case | mode | quantity | predicted | published | error % | tolerance % | result | note |\n"
                + "|---|---|---|---:|---:|---:|---:|---|---|\n");
    for (ValidationRow r : rows) {
      b.append("| ")
          .append(r.caseName())
          .append(" | ")
          .append(r.mode())
          .append(" | ")
          .append(r.quantity())
          .append(" | ")
          .append(TextTable.num(r.predicted(), 4))
          .append(" | ")
          .append(TextTable.num(r.published(), 4))
          .append(" | ")
          .append(String.format(Locale.ROOT, "%+.1f", r.errorPct()))
          .append(" | ")
          .append(TextTable.num(r.tolerancePct(), 2))
          .append(" | ")
          .append(r.passes() ? "pass" : "**FAIL**")
          .append(" | ")
          .append(r.note().replace("|", "/"))
          .append(" |\n");
    }
    return b.append('\n').append(summary(rows)).append('\n').toString();
  }

  /** JSON: {@code {rows: [...], passed, failed}}. */
  public static String json(List<ValidationRow> rows) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode a = root.putArray("rows");
    for (ValidationRow r : rows) {
      ObjectNode n = a.addObject();
      n.put("case", r.caseName());
      n.put("kind", r.kind());
      n.put("mode", r.mode());
      n.put("quantity", r.quantity());
      n.put("predicted", r.predicted());
      n.put("published", r.published());
      n.put("error_pct", r.errorPct());
      n.put("tolerance_pct", r.tolerancePct());
      n.put("passes", r.passes());
      n.put("note", r.note());
    }
    long passed = rows.stream().filter(ValidationRow::passes).count();
    root.put("passed", passed);
    root.put("failed", rows.size() - passed);
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String summary(List<ValidationRow> rows) {
    long passed = rows.stream().filter(ValidationRow::passes).count();
    return "Within tolerance: " + passed + " of " + rows.size() + " comparisons.";
  }
}
