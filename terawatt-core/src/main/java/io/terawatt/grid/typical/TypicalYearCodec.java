package io.terawatt.grid.typical;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes typical years as UTF-8 tab-separated text and reads them back.
 *
 * <p>The first line that is neither blank nor a {@code #} comment is the header {@value #HEADER}
 * (tabs between the names); then one row per zone. The last column holds the {@value
 * TypicalYear#CELLS} cell means separated by commas, in the order of {@link
 * TypicalYear#meanByMonthDayTypeHour_gCO2e_per_kWh()} (January weekday 00 to 23 UTC, January
 * weekend, February weekday, ...). Means are rounded to 0.1 gCO2e/kWh, the sigma and lag-1
 * coefficient to 4 decimals, half up; so a read-back year differs from the written one by at most
 * 0.05 g and 0.00005. Reading reports every malformed row (up to 20) with its line number, in one
 * {@link IllegalArgumentException}. Blank lines and lines starting with {@code #} are skipped.
 */
public final class TypicalYearCodec {
  /** The header line: these column names separated by tabs. */
  public static final String HEADER =
      "zone\tsource\thours\tannual_mean_gCO2e_per_kWh\tlog_residual_sigma\tlog_residual_lag1"
          + "\tmean_gCO2e_per_kWh_by_month_daytype_utc_hour";

  private static final String[] COLUMNS = HEADER.split("\t");
  private static final String TABLE = "typical-year table";

  private TypicalYearCodec() {}

  /** Writes the header and one row per typical year. */
  public static void write(List<TypicalYear> years, Writer out) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (TypicalYear y : years) {
      String row = "the typical year of " + y.zone();
      TableText.requirePlainField(y.zone(), "zone", row);
      TableText.requirePlainField(y.source(), "source", row);
      double lag1 = Math.max(-0.9999, Math.min(0.9999, y.logResidualLag1()));
      text.append(y.zone())
          .append('\t')
          .append(y.source())
          .append('\t')
          .append(y.hours())
          .append('\t')
          .append(TableText.format(y.annualMean_gCO2e_per_kWh(), 1))
          .append('\t')
          .append(TableText.format(y.logResidualSigma(), 4))
          .append('\t')
          .append(TableText.format(lag1, 4))
          .append('\t');
      double[] means = y.meanByMonthDayTypeHour_gCO2e_per_kWh();
      for (int i = 0; i < means.length; i++) {
        if (i > 0) {
          text.append(',');
        }
        text.append(TableText.format(means[i], 1));
      }
      text.append('\n');
    }
    out.write(text.toString());
    out.flush();
  }

  /** Writes the table gzip-compressed; finishes the gzip stream but leaves {@code out} open. */
  public static void writeGzip(List<TypicalYear> years, OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out);
    Writer writer = new OutputStreamWriter(gzip, StandardCharsets.UTF_8);
    write(years, writer);
    gzip.finish();
    out.flush();
  }

  /**
   * Reads a table from UTF-8 bytes, gunzipping them first when they start with the gzip magic
   * bytes. Does not close {@code in}.
   *
   * @throws IllegalArgumentException naming the line of every malformed row
   */
  public static List<TypicalYear> read(InputStream in) throws IOException {
    return read(TableText.utf8Reader(in));
  }

  /**
   * Reads a table. Does not close {@code in}.
   *
   * @throws IllegalArgumentException naming the line of every malformed row
   */
  public static List<TypicalYear> read(Reader in) throws IOException {
    BufferedReader reader = new BufferedReader(in);
    TableText.Problems problems = new TableText.Problems(TABLE);
    List<TypicalYear> years = new ArrayList<>();
    Map<String, Integer> lineOfZone = new HashMap<>();
    boolean headerSeen = false;
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (lineNumber == 1) {
        line = line.replace("\uFEFF", "");
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        headerSeen = true;
        if (!line.equals(HEADER)) {
          problems.add(
              lineNumber,
              "the header must be the tab-separated names "
                  + String.join(", ", COLUMNS)
                  + ", not '"
                  + abbreviate(line)
                  + "'.");
          break;
        }
        continue;
      }
      try {
        TypicalYear year = parseRow(line);
        Integer earlier = lineOfZone.putIfAbsent(year.zone(), lineNumber);
        if (earlier != null) {
          problems.add(lineNumber, "zone " + year.zone() + " is already on line " + earlier + ".");
        } else {
          years.add(year);
        }
      } catch (IllegalArgumentException e) {
        problems.add(lineNumber, e.getMessage());
      }
      if (problems.full()) {
        break;
      }
    }
    if (!headerSeen) {
      problems.add(Math.max(1, lineNumber), "there is no header (the table is empty).");
    }
    problems.throwIfAny();
    return years;
  }

  private static TypicalYear parseRow(String line) {
    String[] f = line.split("\t", -1);
    if (f.length != COLUMNS.length) {
      throw new IllegalArgumentException(
          "expected " + COLUMNS.length + " tab-separated fields, found " + f.length + ".");
    }
    String[] items = f[6].split(",", -1);
    if (items.length != TypicalYear.CELLS) {
      throw new IllegalArgumentException(
          "column "
              + COLUMNS[6]
              + " needs "
              + TypicalYear.CELLS
              + " comma-separated means, found "
              + items.length
              + ".");
    }
    double[] means = new double[TypicalYear.CELLS];
    for (int i = 0; i < means.length; i++) {
      means[i] =
          number(
              items[i], COLUMNS[6] + " item " + (i + 1) + " (" + TypicalYear.describeCell(i) + ")");
    }
    long hours;
    try {
      hours = Long.parseLong(f[2].trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "column " + COLUMNS[2] + ": '" + f[2] + "' is not a whole number.");
    }
    return new TypicalYear(
        f[0].trim(),
        f[1].trim(),
        means,
        number(f[4], COLUMNS[4]),
        number(f[5], COLUMNS[5]),
        number(f[3], COLUMNS[3]),
        hours);
  }

  private static double number(String text, String where) {
    try {
      double v = Double.parseDouble(text.trim());
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("column " + where + ": '" + text + "' is not a number.");
  }

  private static String abbreviate(String line) {
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }
}
