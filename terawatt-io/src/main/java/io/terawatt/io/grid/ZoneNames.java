package io.terawatt.io.grid;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Zone names from file names such as {@code DE-LU_2022_hourly.csv}. */
final class ZoneNames {
  private static final Pattern HOURLY = Pattern.compile("^(.+?)_(\\d{4})_hourly\\.csv$");
  private static final Pattern PRICES =
      Pattern.compile("^(.+?)_electricity_prices_(\\d{4})\\.csv$");

  private ZoneNames() {}

  static Optional<String> fromFileName(Path file) {
    String name = file.getFileName().toString();
    for (Pattern p : new Pattern[] {HOURLY, PRICES}) {
      Matcher m = p.matcher(name);
      if (m.matches()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /**
   * A file named by its folder and name, e.g. {@code electricitymaps-downloads/ES_2022_hourly.csv}.
   */
  static String sourceName(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    String folder =
        parent == null || parent.getFileName() == null ? "" : parent.getFileName() + "/";
    return folder + file.getFileName();
  }

  /** A column header used as a zone name: {@code Caiso_North} → {@code CAISO_NORTH}. */
  static String fromHeader(String header) {
    return header.trim().toUpperCase(Locale.ROOT);
  }
}
