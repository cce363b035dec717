package io.terawatt.io.grid;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The grid file layouts Terawatt reads. */
public enum GridFormat {
  /** Electricity Maps hourly export, 11 columns, direct and life-cycle average intensity. */
  ELECTRICITYMAPS("electricitymaps"),
  /** Older wide layout: a UTC time column and one life-cycle average column per zone. */
  ELECTRICITYMAPS_WIDE("electricitymaps-wide"),
  /** WattTime marginal signal: {@code point_time,value} in lbs/MWh. */
  WATTTIME("watttime"),
  /** Carbon Aware SDK JSON data source: records {@code Location, Time, Rating, Duration}. */
  CARBON_AWARE_SDK("carbon-aware-sdk"),
  /** {@code time,value} with the unit and signal declared on the command line. */
  GENERIC("generic"),
  /** Generation by source in MW, turned into a production-based intensity. */
  PRODUCTION_MIX("production-mix"),
  /** Hourly prices: {@code Datetime (UTC),Datetime (Local),Price (USD/MWh)}. */
  PRICES("prices"),
  /** Forecasts as issued: {@code request_time,forecast_time,<zone>}. */
  ISSUED_FORECASTS("issued-forecasts");

  private final String id;

  GridFormat(String id) {
    this.id = id;
  }

  /** Identifier used with {@code --format}. */
  public String id() {
    return id;
  }

  /** Parses an identifier. */
  public static Optional<GridFormat> parse(String text) {
    for (GridFormat f : values()) {
      if (f.id.equalsIgnoreCase(text.trim())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** All identifiers, for messages. */
  public static String ids() {
    return String.join(", ", java.util.Arrays.stream(values()).map(GridFormat::id).toList());
  }

  /** Recognises a layout from a file name and its first line, or empty when it cannot tell. */
  public static Optional<GridFormat> detect(String fileName, String firstLine) {
    String name = fileName.toLowerCase(Locale.ROOT);
    String head = firstLine.replace("\uFEFF", "").trim();
    if (name.endsWith(".json") || head.startsWith("[") || head.startsWith("{")) {
      return Optional.of(CARBON_AWARE_SDK);
    }
    List<String> cells = CsvLine.split(head);
    String lower = head.toLowerCase(Locale.ROOT);
    if (lower.startsWith("datetime (utc)") && lower.contains("carbon intensity")) {
      return Optional.of(ELECTRICITYMAPS);
    }
    if (lower.contains("price (usd/mwh)")) {
      return Optional.of(PRICES);
    }
    if (CsvLine.indexOf(cells, "point_time") >= 0 && CsvLine.indexOf(cells, "value") >= 0) {
      return Optional.of(WATTTIME);
    }
    if (CsvLine.indexOf(cells, "request_time") >= 0
        && CsvLine.indexOf(cells, "forecast_time") >= 0) {
      return Optional.of(ISSUED_FORECASTS);
    }
    if (cells.size() > 2
        && cells.stream()
            .anyMatch(
                c ->
                    c.trim()
                        .toLowerCase(Locale.ROOT)
                        .matches("(coal|gas|nuclear|wind|solar|hydro)(_mw)?"))) {
      return Optional.of(PRODUCTION_MIX);
    }
    if (cells.size() > 3 && CsvLine.indexOf(cells, "datetime_utc") == 0) {
      return Optional.of(ELECTRICITYMAPS_WIDE);
    }
    if (cells.size() == 2) {
      return Optional.of(GENERIC);
    }
    return Optional.empty();
  }
}
