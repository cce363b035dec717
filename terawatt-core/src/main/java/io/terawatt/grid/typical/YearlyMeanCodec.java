package io.terawatt.grid.typical;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes yearly zone means as a wide UTF-8 tab-separated table, one row per zone and one column per
 * year, and reads them back.
 *
 * <p>The header is {@code zone} followed by {@code mean_gCO2e_per_kWh_<year>} for each year,
 * ascending; zones keep the order in which they first appear. Means are rounded half up to 0.1
 * gCO2e/kWh; a zone without a mean for a year has an empty cell. Reading also accepts
 * comma-separated text (when the header has no tab), any name for the first column, and bare years
 * ({@code 2021}) as column names, which is the layout of Electricity Maps' yearly export ({@code
 * zonecode,2020,2021,2022}). Blank lines and lines starting with {@code #} are skipped; every
 * malformed row (up to 20) is reported with its line number in one {@link
 * IllegalArgumentException}.
 */
public final class YearlyMeanCodec {
  /** The prefix of a year's column name. */
  public static final String COLUMN_PREFIX = "mean_gCO2e_per_kWh_";

  private static final Pattern YEAR_COLUMN =
      Pattern.compile("(?:" + Pattern.quote(COLUMN_PREFIX) + ")?(\\d{4})");
  private static final String TABLE = "yearly-mean table";

  private YearlyMeanCodec() {}

  /**
   * Writes the table.
   *
   * @throws IllegalArgumentException when a zone has two means for one year, or a zone cannot be
   *     written (tab, comma or line break in it)
   */
  public static void write(List<YearlyMean> means, Writer out) throws IOException {
    TreeSet<Integer> years = new TreeSet<>();
    Map<String, Map<Integer, Double>> byZone = new LinkedHashMap<>();
    for (YearlyMean m : means) {
      TableText.requirePlainField(m.zone(), "zone", "the " + m.year() + " mean of " + m.zone());
      if (m.zone().indexOf(',') >= 0) {
        throw new IllegalArgumentException(
            "The zone (" + m.zone() + ") cannot be written: it contains a comma.");
      }
      years.add(m.year());
      Double earlier =
          byZone
              .computeIfAbsent(m.zone(), z -> new HashMap<>())
              .put(m.year(), m.mean_gCO2e_per_kWh());
      if (earlier != null) {
        throw new IllegalArgumentException(
            "Zone " + m.zone() + " has two means for " + m.year() + ".");
      }
    }
    StringBuilder text = new StringBuilder("zone");
    for (int year : years) {
      text.append('\t').append(COLUMN_PREFIX).append(year);
    }
    text.append('\n');
    for (Map.Entry<String, Map<Integer, Double>> zone : byZone.entrySet()) {
      text.append(zone.getKey());
      for (int year : years) {
        Double mean = zone.getValue().get(year);
        text.append('\t').append(mean == null ? "" : TableText.format(mean, 1));
      }
      text.append('\n');
    }
    out.write(text.toString());
    out.flush();
  }

  /**
   * Reads a table from UTF-8 bytes, gunzipping them first when they start with the gzip magic
   * bytes. Does not close {@code in}.
   */
  public static List<YearlyMean> read(InputStream in) throws IOException {
    return read(TableText.utf8Reader(in));
  }

  /**
   * Reads a table: the means row by row, years ascending within a row. Does not close {@code in}.
   *
   * @throws IllegalArgumentException naming the line of every malformed row
   */
  public static List<YearlyMean> read(Reader in) throws IOException {
    BufferedReader reader = new BufferedReader(in);
    TableText.Problems problems = new TableText.Problems(TABLE);
    List<YearlyMean> means = new ArrayList<>();
    Map<String, Integer> lineOfZone = new HashMap<>();
    int[] years = null;
    boolean headerSeen = false;
    String separator = "\t";
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
        separator = line.indexOf('\t') >= 0 ? "\t" : ",";
        years = parseHeader(line.split(separator, -1), lineNumber, problems);
        if (years == null) {
          break;
        }
        continue;
      }
      String[] f = line.split(separator, -1);
      if (f.length != years.length + 1) {
        problems.add(
            lineNumber, "expected " + (years.length + 1) + " fields, found " + f.length + ".");
        continue;
      }
      String zone = f[0].trim();
      if (zone.isEmpty()) {
        problems.add(lineNumber, "the zone is empty.");
        continue;
      }
      Integer earlier = lineOfZone.putIfAbsent(zone, lineNumber);
      if (earlier != null) {
        problems.add(lineNumber, "zone " + zone + " is already on line " + earlier + ".");
        continue;
      }
      List<YearlyMean> row = new ArrayList<>();
      for (int c = 0; c < years.length; c++) {
        String cell = f[c + 1].trim();
        if (cell.isEmpty()) {
          continue;
        }
        try {
          row.add(new YearlyMean(zone, years[c], Double.parseDouble(cell)));
        } catch (NumberFormatException e) {
          problems.add(
              lineNumber,
              "the " + years[c] + " mean of " + zone + " ('" + cell + "') is not a number.");
          row = null;
          break;
        } catch (IllegalArgumentException e) {
          problems.add(lineNumber, e.getMessage());
          row = null;
          break;
        }
      }
      if (row != null) {
        means.addAll(row);
      }
      if (problems.full()) {
        break;
      }
    }
    if (!headerSeen) {
      problems.add(Math.max(1, lineNumber), "there is no header (the table is empty).");
    }
    problems.throwIfAny();
    return means;
  }

  private static int[] parseHeader(String[] names, int lineNumber, TableText.Problems problems) {
    if (names.length < 2) {
      problems.add(lineNumber, "the header needs a zone column and at least one year column.");
      return null;
    }
    int[] years = new int[names.length - 1];
    TreeSet<Integer> seen = new TreeSet<>();
    for (int c = 1; c < names.length; c++) {
      Matcher m = YEAR_COLUMN.matcher(names[c].trim());
      if (!m.matches()) {
        problems.add(
            lineNumber,
            "column "
                + (c + 1)
                + " ('"
                + names[c]
                + "') must be a year, as "
                + COLUMN_PREFIX
                + "2021 or 2021.");
        return null;
      }
      years[c - 1] = Integer.parseInt(m.group(1));
      if (!seen.add(years[c - 1])) {
        problems.add(lineNumber, "year " + years[c - 1] + " has two columns.");
        return null;
      }
    }
    return years;
  }
}
