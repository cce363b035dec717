package io.terawatt.io.report;

import io.terawatt.ethics.Assessment;
import io.terawatt.ethics.Dilemma;
import io.terawatt.ethics.Ranking;
import io.terawatt.ethics.smaa.SmaaResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes an ethics assessment as one self-contained HTML page: the rankings table, the Pareto set,
 * the dilemmas with their explanations, and an SVG bar chart of first-rank acceptabilities.
 */
public final class AssessmentHtmlWriter {
  private AssessmentHtmlWriter() {}

  /** The HTML text. */
  public static String write(String name, Assessment a) {
    String title = name.isEmpty() ? "Ethics assessment" : name;
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title))
        .append("</title>\n<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}")
        .append("</style></head><body>\n<h1>")
        .append(esc(title))
        .append("</h1>\n<h2>Rankings (best first)</h2>\n<table><tr><th>lens</th>");
    int n = a.problem().options().size();
    for (int r = 1; r <= n; r++) {
      b.append("<th>").append(r).append("</th>");
    }
    b.append("</tr>\n");
    for (Ranking r : a.rankings().values()) {
      b.append("<tr><td>").append(esc(r.method())).append("</td>");
      for (String o : r.bestFirst()) {
        b.append("<td>").append(esc(o)).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n<h2>Pareto set</h2>\n<ul>");
    a.pareto().forEach(p -> b.append("<li>").append(esc(p)).append("</li>"));
    b.append("</ul>\n<h2>Dilemmas</h2>\n");
    for (Dilemma d : a.dilemmas()) {
      b.append("<h3>")
          .append(esc(d.a()))
          .append(" vs ")
          .append(esc(d.b()))
          .append("</h3>\n<p><b>For ")
          .append(esc(d.a()))
          .append(":</b> ")
          .append(esc(String.join(", ", d.lensesForA())))
          .append("<br><b>For ")
          .append(esc(d.b()))
          .append(":</b> ")
          .append(esc(String.join(", ", d.lensesForB())))
          .append("<br><b>Drivers:</b> ")
          .append(esc(String.join(", ", d.drivers())))
          .append("</p>\n<p>")
          .append(esc(d.explanation()))
          .append("</p>\n");
    }
    if (a.smaa().isPresent()) {
      SmaaResult s = a.smaa().get();
      Map<String, Double> first = new LinkedHashMap<>();
      String[] options = a.problem().optionNames();
      for (int i = 0; i < options.length; i++) {
        first.put(options[i], s.acceptability()[i][0] * 100);
      }
      b.append("<h2>SMAA-2: first-rank acceptability</h2>\n<p>")
          .append(s.samples())
          .append(" samples; largest standard error ")
          .append(TextTable.num(s.standardError() * 100, 2))
          .append(" percentage points.</p>\n")
          .append(SvgChart.bars("Share of weight space where each option ranks first", first, "%"));
      b.append("<table><tr><th>option</th>");
      for (int r = 1; r <= options.length; r++) {
        b.append("<th>rank ").append(r).append("</th>");
      }
      b.append("</tr>\n");
      for (int i = 0; i < options.length; i++) {
        b.append("<tr><td>").append(esc(options[i])).append("</td>");
        for (double v : s.acceptability()[i]) {
          b.append(String.format(java.util.Locale.ROOT, "<td>%.3f</td>", v));
        }
        b.append("</tr>\n");
      }
      b.append("</table>\n");
    }
    return b.append("</body></html>\n").toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
