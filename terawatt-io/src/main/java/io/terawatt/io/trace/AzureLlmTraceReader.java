package io.terawatt.io.trace;

import io.terawatt.footprint.RequestTrace;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the Azure LLM inference trace layout ({@code TIMESTAMP,ContextTokens,GeneratedTokens};
 * Patel et al. 2024, "Splitwise", Azure/AzurePublicDataset, CC BY 4.0). Timestamps may carry up to
 * nine fractional digits; the span is last minus first request.
 */
public final class AzureLlmTraceReader {
  private static final DateTimeFormatter TIME =
      new DateTimeFormatterBuilder()
          .appendPattern("yyyy-MM-dd[ ]['T']HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private AzureLlmTraceReader() {}

  /** Reads a trace file; every bad line is reported, up to 20 of them. */
  public static RequestTrace read(Path file) throws IOException, InvalidInputException {
    List<Problem> problems = new ArrayList<>();
    List<double[]> rows = new ArrayList<>();
    LocalDateTime first = null;
    LocalDateTime last = null;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null) {
        throw new InvalidInputException(
            List.of(problem(file, 1, "(header)", "", "The trace file is empty.")));
      }
      String[] names = header.replace("\uFEFF", "").split(",");
      int time = indexOf(names, "TIMESTAMP");
      int in = indexOf(names, "ContextTokens");
      int out = indexOf(names, "GeneratedTokens");
      if (time < 0 || in < 0 || out < 0) {
        throw new InvalidInputException(
            List.of(
                problem(
                    file,
                    1,
                    "(header)",
                    header,
                    "Expected the columns TIMESTAMP, ContextTokens, GeneratedTokens"
                        + " (Azure LLM inference trace layout).")));
      }
      String line;
      int lineNumber = 1;
      while ((line = r.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length <= Math.max(time, Math.max(in, out))) {
          addCapped(problems, problem(file, lineNumber, "(row)", line, "Too few columns."));
          continue;
        }
        try {
          LocalDateTime t = LocalDateTime.parse(cells[time].trim(), TIME);
          double input = Double.parseDouble(cells[in].trim());
          double output = Double.parseDouble(cells[out].trim());
          if (input < 0 || output < 0) {
            addCapped(
                problems,
                problem(
                    file, lineNumber, "ContextTokens/GeneratedTokens", line, "Negative count."));
            continue;
          }
          first = first == null || t.isBefore(first) ? t : first;
          last = last == null || t.isAfter(last) ? t : last;
          rows.add(new double[] {input, output});
        } catch (DateTimeParseException | NumberFormatException e) {
          addCapped(
              problems,
              problem(
                  file,
                  lineNumber,
                  "(row)",
                  line,
                  "Cannot read this row: "
                      + e.getMessage()
                      + ". Expected e.g. 2023-11-16 18:15:46.68,4808,10"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (rows.size() < 2 || first.equals(last)) {
      throw new InvalidInputException(
          List.of(
              problem(
                  file,
                  0,
                  "(rows)",
                  "",
                  "A trace needs at least two requests at different times.")));
    }
    double[] input = new double[rows.size()];
    double[] output = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      input[i] = rows.get(i)[0];
      output[i] = rows.get(i)[1];
    }
    double hours = Duration.between(first, last).toNanos() / 3.6e12;
    return new RequestTrace(input, output, hours, file.toString());
  }

  private static void addCapped(List<Problem> problems, Problem p) {
    if (problems.size() < 20) {
      problems.add(p);
    }
  }

  private static int indexOf(String[] names, String wanted) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].trim().equalsIgnoreCase(wanted)) {
        return i;
      }
    }
    return -1;
  }

  private static Problem problem(Path file, int line, String path, String value, String message) {
    return new Problem(Problem.Severity.ERROR, file.toString(), line, 0, path, value, message);
  }
}
