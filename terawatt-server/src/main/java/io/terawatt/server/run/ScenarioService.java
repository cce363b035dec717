package io.terawatt.server.run;

import io.terawatt.server.db.ScenarioRepository;
import io.terawatt.server.db.StoredScenario;
import io.terawatt.server.http.ApiException;
import io.terawatt.server.http.FieldError;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Stored scenarios: list, read, create, update and delete, each checked by the plan engine first
 * (422 listing every problem). Failures are {@link ApiException}s with their status.
 */
public final class ScenarioService {
  /** The name of a scenario that names itself nowhere. */
  public static final String DEFAULT_NAME = "scenario";

  /** The longest scenario name. */
  public static final int MAX_NAME_CHARS = 200;

  private final ScenarioRepository scenarios;
  private final PlanEngine engine;

  /** Scenarios of the repository, validated by the engine. */
  public ScenarioService(ScenarioRepository scenarios, PlanEngine engine) {
    this.scenarios = scenarios;
    this.engine = engine;
  }

  /**
   * A scenario to store.
   *
   * @param name its name
   * @param yaml its text
   */
  public record Draft(String name, String yaml) {
    /**
     * A draft named by the request, else by the scenario's own {@code name} key, else {@value
     * #DEFAULT_NAME}; 400 for a name over {@value #MAX_NAME_CHARS} characters.
     *
     * @param requested the name the request gave, or null
     * @param yaml the scenario text
     * @param mapping the scenario text parsed
     */
    public static Draft of(String requested, String yaml, Map<String, Object> mapping) {
      String n = requested;
      if (n == null && mapping.get("name") instanceof String s) {
        n = s;
      }
      if (n == null || n.isBlank()) {
        n = DEFAULT_NAME;
      }
      if (n.length() > MAX_NAME_CHARS) {
        throw ApiException.badRequest(
            List.of(
                new FieldError(
                    "name", n, "The name must be at most " + MAX_NAME_CHARS + " characters.")));
      }
      return new Draft(n.trim(), yaml);
    }
  }

  /** Every stored scenario. */
  public List<StoredScenario> list() throws SQLException {
    return scenarios.list();
  }

  /** A scenario; 404 when there is none with this id. */
  public StoredScenario find(String id) throws SQLException {
    return scenarios
        .find(id)
        .orElseThrow(() -> ApiException.notFound("There is no scenario " + id + "."));
  }

  /** Every problem of a scenario text (empty when valid). */
  public List<FieldError> problems(String yaml) {
    return engine.validate(yaml);
  }

  /** Stores a new scenario; 422 when it is invalid. */
  public StoredScenario create(Draft d) throws SQLException {
    requireValid(d.yaml());
    return scenarios.create(d.name(), d.yaml());
  }

  /**
   * Replaces a scenario; 404 when there is none (checked before the draft is read), 422 when the
   * draft is invalid.
   */
  public StoredScenario update(String id, Supplier<Draft> draft) throws SQLException {
    find(id);
    Draft d = draft.get();
    requireValid(d.yaml());
    return scenarios.update(id, d.name(), d.yaml()).orElseThrow();
  }

  /** Deletes a scenario; 404 when there is none. */
  public void delete(String id) throws SQLException {
    if (!scenarios.delete(id)) {
      throw ApiException.notFound("There is no scenario " + id + ".");
    }
  }

  /** 422 listing every problem, unless the scenario is valid. */
  void requireValid(String yaml) {
    List<FieldError> problems = engine.validate(yaml);
    if (!problems.isEmpty()) {
      throw new ApiException(
          422,
          "Invalid scenario",
          "The scenario has " + problems.size() + " problem(s).",
          problems);
    }
  }
}
