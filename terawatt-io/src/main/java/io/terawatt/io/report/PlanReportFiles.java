package io.terawatt.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.terawatt.plan.PlanResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The files of a plan in one folder: {@code results.json} ({@link PlanJsonWriter}), {@code
 * report.html} ({@link PlanHtmlWriter}) and the hourly CSV files ({@link PlanCsvWriter}); and the
 * check that a {@code results.json} has its five stage sections.
 */
public final class PlanReportFiles {
  /** Name of the JSON results file. */
  public static final String RESULTS = "results.json";

  /** Name of the HTML report. */
  public static final String REPORT = "report.html";

  private PlanReportFiles() {}

  /** Writes every file of the plan into {@code out} (created when missing). */
  public static void write(PlanResult result, Path out) throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve(RESULTS), PlanJsonWriter.write(result), StandardCharsets.UTF_8);
    Files.writeString(out.resolve(REPORT), PlanHtmlWriter.write(result), StandardCharsets.UTF_8);
    for (Map.Entry<String, String> e : PlanCsvWriter.write(result).entrySet()) {
      Files.writeString(out.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
  }

  /** The stage sections ({@link PlanJsonWriter#SECTIONS}) missing or empty in a results file. */
  public static List<String> missingSections(Path json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    List<String> missing = new ArrayList<>();
    for (String s : PlanJsonWriter.SECTIONS) {
      JsonNode n = root.get(s);
      if (n == null || !n.isObject() || n.isEmpty()) {
        missing.add(s);
      }
    }
    return missing;
  }
}
