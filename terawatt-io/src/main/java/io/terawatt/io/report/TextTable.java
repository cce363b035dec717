package io.terawatt.io.report;

import java.util.ArrayList;
import java.util.List;

/** A plain text table with right-aligned numeric columns, for terminals. */
public final class TextTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with these column titles. */
  public TextTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  /** Adds one row; it must have one cell per column. */
  public TextTable row(List<String> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException(
          "A row has " + cells.size() + " cells; the table has " + header.size() + " columns.");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /** The rendered table. */
  public String render() {
    int[] width = new int[header.size()];
    for (int i = 0; i < width.length; i++) {
      width[i] = header.get(i).length();
      for (List<String> r : rows) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    StringBuilder b = new StringBuilder();
    line(b, header, width, false);
    for (int i = 0; i < width.length; i++) {
      b.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
    }
    b.append('\n');
    for (List<String> r : rows) {
      line(b, r, width, true);
    }
    return b.toString();
  }

  private static void line(StringBuilder b, List<String> cells, int[] width, boolean alignNumbers) {
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      boolean numeric = alignNumbers && i > 0 && c.matches("[-+]?[0-9.,eE%+-]+");
      String pad = " ".repeat(width[i] - c.length());
      b.append(i == 0 ? "" : "  ").append(numeric ? pad + c : c + pad);
    }
    b.append('\n');
  }

  /** Formats a number with {@code digits} significant digits, plain notation where sensible. */
  public static String num(double v, int digits) {
    if (!Double.isFinite(v)) {
      return "-";
    }
    double a = Math.abs(v);
    if (a != 0 && (a >= 1e7 || a < 1e-3)) {
      return String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "e", v);
    }
    java.math.BigDecimal bd = new java.math.BigDecimal(v).round(new java.math.MathContext(digits));
    return bd.stripTrailingZeros().toPlainString();
  }
}
