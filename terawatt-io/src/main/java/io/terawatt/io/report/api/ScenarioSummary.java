package io.terawatt.io.report.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A stored scenario as the API shows it.
 *
 * @param id scenario id
 * @param name its name
 * @param createdAt when it was created (ISO-8601, UTC)
 * @param updatedAt when it last changed
 * @param yaml its text; left out of lists (null)
 */
public record ScenarioSummary(
    String id,
    String name,
    String createdAt,
    String updatedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) String yaml) {

  /** A scenario with or without its text. */
  public static ScenarioSummary of(
      String id, String name, Instant createdAt, Instant updatedAt, String yamlOrNull) {
    return new ScenarioSummary(id, name, createdAt.toString(), updatedAt.toString(), yamlOrNull);
  }
}
