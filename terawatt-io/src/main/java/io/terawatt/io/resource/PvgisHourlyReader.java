package io.terawatt.io.resource;

import io.terawatt.io.grid.CsvLine;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problems;
import io.terawatt.timeseries.HourlySeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PVGIS hourly radiation and PV output CSV ({@code seriescalc} with PV calculation, JRC
 * Photovoltaic Geographical Information System, https://re.jrc.ec.europa.eu/pvg_tools/) into an
 * hourly capacity-factor series.
 *
 * <p>The layout: metadata lines ({@code Latitude (decimal degrees):\t45.000}, ..., {@code Nominal
 * power of the PV system (c-Si) (kWp):\t1.0}, {@code System losses (%):\t14.0}), then the header
 * {@code time,P,G(i),H_sun,T2m,WS10m,Int} (or with {@code Gb(i),Gd(i),Gr(i)} when components were
 * asked for), one row per hour, a blank line and a legend ({@code P: PV system power (W)}, ...).
 * {@code time} is UTC as {@code yyyyMMdd:HHmm}; the minutes ({@code :10} for SARAH, others for
 * other databases) mark when within the hour the satellite saw it, and the row belongs to the hour
 * that contains the stamp. {@code P} is the PV system's output in W; the capacity factor is {@code
 * P / (1000 peak_kWp)}, with the peak power given by the caller or else the {@code Nominal power}
 * line.
 *
 * <p>Every problem (no header, no peak power, unreadable times or values, gaps, repeats, values not
 * in 0..1 once divided) is collected and reported together.
 */
public final class PvgisHourlyReader {
  private static final Pattern TIME = Pattern.compile("(\\d{4})(\\d{2})(\\d{2}):(\\d{2})(\\d{2})");
  private static final String NOMINAL_POWER = "nominal power of the pv system";

  private PvgisHourlyReader() {}

  /**
   * Reads a file, taking the peak power from its {@code Nominal power ... (kWp)} line.
   *
   * @throws InvalidInputException with every problem of the file
   * @throws IOException when the file cannot be read
   */
  public static HourlySeries read(Path file) throws IOException, InvalidInputException {
    return read(file, Double.NaN);
  }

  /**
   * Reads a file for a system of the given peak power.
   *
   * @param peakPower_kWp the PV system's peak power, above 0; NaN to use the file's {@code Nominal
   *     power} line
   * @throws InvalidInputException with every problem of the file
   * @throws IOException when the file cannot be read
   */
  public static HourlySeries read(Path file, double peakPower_kWp)
      throws IOException, InvalidInputException {
    if (!Double.isNaN(peakPower_kWp) && !(peakPower_kWp > 0 && Double.isFinite(peakPower_kWp))) {
      throw new IllegalArgumentException(
          "The peak power (" + peakPower_kWp + " kWp) must be a positive number.");
    }
    Problems problems = new Problems(file.toString());
    double headerPeak = Double.NaN;
    int headerPeakLine = 0;
    String headerPeakText = null;
    boolean header = false;
    int powerColumn = -1;
    List<Row> rows = new ArrayList<>();
    int lineNumber = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        String trimmed = line.replace("\uFEFF", "").trim();
        if (!header) {
          if (trimmed.toLowerCase(Locale.ROOT).startsWith(NOMINAL_POWER)) {
            headerPeakLine = lineNumber;
            headerPeakText = trimmed.substring(trimmed.lastIndexOf(':') + 1).trim();
            headerPeak = parsePositive(headerPeakText);
          } else if (trimmed.regionMatches(true, 0, "time,", 0, 5)) {
            header = true;
            powerColumn =
                CsvLine.indexOf(CsvLine.split(trimmed).stream().map(String::trim).toList(), "P");
            if (powerColumn < 0) {
              problems.error(
                  lineNumber, "header", trimmed, "The header has no 'P' (PV power, W) column.");
              break;
            }
          }
          continue;
        }
        if (trimmed.isEmpty()) {
          break; // the legend follows the blank line after the data
        }
        readRow(trimmed, powerColumn, lineNumber, rows, problems);
      }
    }
    if (!header) {
      problems.error(
          0,
          "header",
          "",
          "No 'time,P,...' header: is this a PVGIS hourly (seriescalc) CSV with PV output?");
    }
    double peak = peakPower_kWp;
    if (Double.isNaN(peak)) {
      peak = headerPeak;
      if (headerPeakText == null) {
        problems.error(
            0,
            "peak_power_kWp",
            "",
            "The file has no 'Nominal power of the PV system (c-Si) (kWp):' line; give the peak"
                + " power.");
      } else if (Double.isNaN(headerPeak)) {
        problems.error(
            headerPeakLine,
            "peak_power_kWp",
            headerPeakText,
            "The nominal power must be a positive number (kWp).");
      }
    }
    if (header && rows.isEmpty() && !problems.hasErrors()) {
      problems.error(lineNumber, "P", "", "The file has a header but no hourly rows.");
    }
    HourlyCapacityFactors hours = new HourlyCapacityFactors(problems, "P");
    if (!Double.isNaN(peak)) {
      for (Row r : rows) {
        if (r.epochHour() == Long.MIN_VALUE) {
          hours.unknownHour();
        } else if (Double.isNaN(r.power_W())) {
          hours.skip(r.epochHour(), r.line());
        } else {
          hours.add(r.epochHour(), r.power_W() / (1000 * peak), r.line(), r.text());
        }
      }
    }
    if (problems.hasErrors()) {
      throw new InvalidInputException(HourlyCapacityFactors.byLine(problems));
    }
    return hours.series();
  }

  /**
   * One data row: {@code epochHour} is {@link Long#MIN_VALUE} when the time could not be read and
   * {@code power_W} NaN when the value could not.
   */
  private record Row(long epochHour, double power_W, int line, String text) {}

  private static void readRow(
      String trimmed, int powerColumn, int line, List<Row> rows, Problems problems) {
    List<String> cells = CsvLine.split(trimmed).stream().map(String::trim).toList();
    if (cells.size() <= powerColumn) {
      problems.error(
          line,
          "(row)",
          trimmed,
          "The row has " + cells.size() + " cells; the header needs " + (powerColumn + 1) + ".");
      rows.add(new Row(Long.MIN_VALUE, Double.NaN, line, trimmed));
      return;
    }
    String timeText = cells.get(0);
    long epochHour;
    try {
      epochHour = epochHour(timeText);
    } catch (DateTimeException | IllegalArgumentException e) {
      problems.error(
          line, "time", timeText, "Cannot read this time; expected yyyyMMdd:HHmm (UTC).");
      rows.add(new Row(Long.MIN_VALUE, Double.NaN, line, timeText));
      return;
    }
    String powerText = cells.get(powerColumn);
    double power;
    try {
      power = Double.parseDouble(powerText);
    } catch (NumberFormatException e) {
      problems.error(line, "P", powerText, "Not a number (W).");
      rows.add(new Row(epochHour, Double.NaN, line, powerText));
      return;
    }
    rows.add(new Row(epochHour, power, line, powerText));
  }

  /** Hours since the epoch of the hour that contains a {@code yyyyMMdd:HHmm} UTC stamp. */
  static long epochHour(String text) {
    Matcher m = TIME.matcher(text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(text);
    }
    LocalDateTime t =
        LocalDateTime.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5)));
    return Math.floorDiv(t.toEpochSecond(ZoneOffset.UTC), 3600L);
  }

  private static double parsePositive(String text) {
    try {
      double v = Double.parseDouble(text);
      return v > 0 && Double.isFinite(v) ? v : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
