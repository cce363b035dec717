package io.terawatt.io.report;

import io.terawatt.ethics.Assessment;
import io.terawatt.ethics.Dilemma;
import io.terawatt.ethics.Ranking;
import io.terawatt.ethics.WeightInterval;
import io.terawatt.ethics.smaa.SmaaResult;
import java.util.ArrayList;
import java.util.List;

/** Writes an ethics assessment as terminal tables and wrapped text. */
public final class AssessmentTableWriter {
  private AssessmentTableWriter() {}

  /** The text. */
  public static String write(String name, Assessment a) {
    StringBuilder b = new StringBuilder();
    if (!name.isEmpty()) {
      b.append(name).append("\n\n");
    }
    String[] options = a.problem().optionNames();
    b.append("Rankings (1 = best)\n");
    List<String> header = new ArrayList<>(List.of("lens"));
    for (int r = 1; r <= options.length; r++) {
      header.add(String.valueOf(r));
    }
    TextTable t = new TextTable(header);
    for (Ranking r : a.rankings().values()) {
      List<String> row = new ArrayList<>(List.of(r.method()));
      row.addAll(r.bestFirst());
      t.row(row);
    }
    b.append(t.render()).append('\n');
    b.append("Pareto set: ").append(String.join(", ", a.pareto())).append("\n\n");
    if (a.smaa().isPresent()) {
      SmaaResult s = a.smaa().get();
      b.append("SMAA-2 rank acceptability (")
          .append(s.samples())
          .append(" samples, max standard error ")
          .append(TextTable.num(s.standardError(), 2))
          .append(")\n");
      List<String> h = new ArrayList<>(List.of("option"));
      for (int r = 1; r <= options.length; r++) {
        h.add("rank " + r);
      }
      h.add("confidence");
      TextTable st = new TextTable(h);
      for (int i = 0; i < options.length; i++) {
        List<String> row = new ArrayList<>(List.of(options[i]));
        for (double v : s.acceptability()[i]) {
          row.add(String.format(java.util.Locale.ROOT, "%.3f", v));
        }
        row.add(String.format(java.util.Locale.ROOT, "%.3f", s.confidence()[i]));
        st.row(row);
      }
      b.append(st.render()).append('\n');
    }
    b.append("Weight stability (weighted sum; others rescaled)\n");
    TextTable ws =
        new TextTable(List.of("indicator", "weight", "top unchanged", "ranking unchanged"));
    for (WeightInterval w : a.weightStability()) {
      ws.row(
          List.of(
              w.indicator(),
              pct(w.weight()),
              pct(w.topLow()) + " - " + pct(w.topHigh()),
              pct(w.rankingLow()) + " - " + pct(w.rankingHigh())));
    }
    b.append(ws.render()).append('\n');
    b.append("Dilemmas (").append(a.dilemmas().size()).append(")\n");
    int k = 1;
    for (Dilemma d : a.dilemmas()) {
      b.append(k++)
          .append(". ")
          .append(d.a())
          .append(" vs ")
          .append(d.b())
          .append(" — drivers: ")
          .append(String.join(", ", d.drivers()))
          .append('\n');
      b.append(wrap(d.explanation(), 98, "   ")).append('\n');
    }
    return b.toString();
  }

  private static String pct(double v) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", v * 100);
  }

  /** Wraps text at word boundaries. */
  static String wrap(String text, int width, String indent) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.split(" ")) {
      if (line.length() + word.length() + 1 > width && line.length() > indent.length()) {
        out.append(line.toString().stripTrailing()).append('\n');
        line = new StringBuilder(indent);
      }
      line.append(word).append(' ');
    }
    out.append(line.toString().stripTrailing()).append('\n');
    return out.toString();
  }
}
