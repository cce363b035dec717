package io.terawatt.supply.plan;

/**
 * Writes a linear programme as free-format MPS with every number at full precision (Java's shortest
 * decimal that reads back to the same double), so that another solver reading the file solves
 * exactly the same programme.
 *
 * <p>Rows: {@code E} when both bounds are equal, {@code L} or {@code G} when one is finite, {@code
 * G} with a {@code RANGES} entry when both are finite, {@code N} (free) when neither is. Columns
 * default to {@code [0, +∞)}; other bounds are written with {@code FX}, {@code FR}, {@code MI},
 * {@code LO} and {@code UP}. A maximisation is written with an {@code OBJSENSE MAX} section; an
 * objective constant as the objective row's right-hand side, negated, as MPS readers expect. Empty
 * or blank names become {@code x<index>} and {@code r<index>}; whitespace inside a name becomes
 * {@code _}.
 */
public final class MpsWriter {

  private MpsWriter() {}

  /**
   * The MPS text of a programme whose rows are given in compressed sparse row form: row i's entries
   * are {@code entryColumn[k], entryValue[k]} for {@code k} in {@code rowStart[i] ..
   * rowStart[i+1]-1}.
   */
  public static String write(
      String name,
      boolean maximise,
      double objectiveOffset,
      String[] columnNames,
      double[] columnLower,
      double[] columnUpper,
      double[] objective,
      String[] rowNames,
      double[] rowLower,
      double[] rowUpper,
      int[] rowStart,
      int[] entryColumn,
      double[] entryValue) {
    int nCols = columnNames.length;
    int nRows = rowNames.length;
    String[] cols = new String[nCols];
    for (int j = 0; j < nCols; j++) {
      cols[j] = clean(columnNames[j], "x", j);
    }
    String[] rows = new String[nRows];
    for (int i = 0; i < nRows; i++) {
      rows[i] = clean(rowNames[i], "r", i);
    }
    // Transpose to columns.
    int[] colStart = new int[nCols + 1];
    for (int k = 0; k < rowStart[nRows]; k++) {
      colStart[entryColumn[k] + 1]++;
    }
    for (int j = 0; j < nCols; j++) {
      colStart[j + 1] += colStart[j];
    }
    int[] fill = colStart.clone();
    int[] colRow = new int[rowStart[nRows]];
    double[] colValue = new double[rowStart[nRows]];
    for (int i = 0; i < nRows; i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        int at = fill[entryColumn[k]]++;
        colRow[at] = i;
        colValue[at] = entryValue[k];
      }
    }

    StringBuilder out = new StringBuilder(64 * (nCols + nRows + rowStart[nRows]));
    out.append("NAME ").append(clean(name, "model", -1)).append('\n');
    if (maximise) {
      out.append("OBJSENSE\n    MAX\n");
    }
    out.append("ROWS\n N  COST\n");
    for (int i = 0; i < nRows; i++) {
      out.append(' ').append(rowType(rowLower[i], rowUpper[i])).append("  ").append(rows[i]);
      out.append('\n');
    }
    out.append("COLUMNS\n");
    for (int j = 0; j < nCols; j++) {
      if (objective[j] != 0) {
        entry(out, cols[j], "COST", objective[j]);
      }
      for (int k = colStart[j]; k < colStart[j + 1]; k++) {
        if (colValue[k] != 0) {
          entry(out, cols[j], rows[colRow[k]], colValue[k]);
        }
      }
    }
    out.append("RHS\n");
    if (objectiveOffset != 0) {
      entry(out, "RHS", "COST", -objectiveOffset);
    }
    for (int i = 0; i < nRows; i++) {
      double rhs = rhs(rowLower[i], rowUpper[i]);
      if (rhs != 0) {
        entry(out, "RHS", rows[i], rhs);
      }
    }
    boolean rangesHeader = false;
    for (int i = 0; i < nRows; i++) {
      double lo = rowLower[i];
      double up = rowUpper[i];
      if (Double.isFinite(lo) && Double.isFinite(up) && lo != up) {
        if (!rangesHeader) {
          out.append("RANGES\n");
          rangesHeader = true;
        }
        entry(out, "RNG", rows[i], up - lo);
      }
    }
    out.append("BOUNDS\n");
    for (int j = 0; j < nCols; j++) {
      double lo = columnLower[j];
      double up = columnUpper[j];
      if (lo == up) {
        bound(out, "FX", cols[j], lo);
        continue;
      }
      if (lo == Double.NEGATIVE_INFINITY && up == Double.POSITIVE_INFINITY) {
        out.append(" FR BND ").append(cols[j]).append('\n');
        continue;
      }
      if (lo == Double.NEGATIVE_INFINITY) {
        out.append(" MI BND ").append(cols[j]).append('\n');
      } else if (lo != 0) {
        bound(out, "LO", cols[j], lo);
      }
      if (up != Double.POSITIVE_INFINITY) {
        bound(out, "UP", cols[j], up);
      }
    }
    out.append("ENDATA\n");
    return out.toString();
  }

  private static char rowType(double lo, double up) {
    if (lo == up) {
      return 'E';
    }
    boolean finiteLo = Double.isFinite(lo);
    boolean finiteUp = Double.isFinite(up);
    if (finiteLo) {
      return 'G';
    }
    return finiteUp ? 'L' : 'N';
  }

  private static double rhs(double lo, double up) {
    if (lo == up || Double.isFinite(lo)) {
      return lo;
    }
    return Double.isFinite(up) ? up : 0;
  }

  private static void entry(StringBuilder out, String column, String row, double value) {
    out.append("    ").append(column).append(' ').append(row).append(' ');
    out.append(number(value)).append('\n');
  }

  private static void bound(StringBuilder out, String type, String column, double value) {
    out.append(' ').append(type).append(" BND ").append(column).append(' ');
    out.append(number(value)).append('\n');
  }

  /** Shortest decimal that reads back to the same double; integers without ".0". */
  static String number(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("MPS cannot hold the number " + v + ".");
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  private static String clean(String name, String prefix, int index) {
    if (name == null || name.isBlank()) {
      return index < 0 ? prefix : prefix + index;
    }
    return name.strip().replaceAll("\\s+", "_");
  }
}
