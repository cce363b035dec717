package io.terawatt.io.grid;

import io.terawatt.grid.IssuedForecast;
import io.terawatt.grid.RawPoints;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.io.parse.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one grid file held: raw series, issued forecasts, problems and notes. */
public final class ParsedFile {
  private final String file;
  private final GridFormat format;
  private final Map<SeriesMetadata, RawPoints> series = new LinkedHashMap<>();
  private final List<IssuedForecast> forecasts = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  ParsedFile(String file, GridFormat format) {
    this.file = file;
    this.format = format;
  }

  /** The file. */
  public String file() {
    return file;
  }

  /** The layout it was read as. */
  public GridFormat format() {
    return format;
  }

  RawPoints series(SeriesMetadata metadata) {
    return series.computeIfAbsent(metadata, m -> new RawPoints());
  }

  void forecast(IssuedForecast f) {
    forecasts.add(f);
  }

  /** Records an error on a line; at most 50 are kept per file. */
  void error(int line, String field, String value, String message) {
    if (problems.size() < 50) {
      problems.add(new Problem(Problem.Severity.ERROR, file, line, 0, field, value, message));
    }
  }

  void note(String text) {
    notes.add(text);
  }

  /** The raw series by metadata. */
  public Map<SeriesMetadata, RawPoints> allSeries() {
    return series;
  }

  /** Issued forecasts read. */
  public List<IssuedForecast> forecasts() {
    return forecasts;
  }

  /** Errors found. */
  public List<Problem> problems() {
    return problems;
  }

  /** Assumptions the reader made (signal from the path, zone from the file name...). */
  public List<String> notes() {
    return notes;
  }
}
