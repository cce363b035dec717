package io.terawatt.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.terawatt.io.input.JsonStrings;
import io.terawatt.io.report.api.ValidationReport;
import io.terawatt.server.db.StoredScenario;
import io.terawatt.server.http.Bodies;
import io.terawatt.server.http.FieldError;
import io.terawatt.server.run.ScenarioService;
import io.terawatt.server.run.ScenarioService.Draft;
import java.util.List;

/**
 * Scenarios: create, read, update, delete and validate. A body is either YAML (any content type but
 * JSON; the name from {@code ?name=} or the scenario's {@code name} key) or a JSON object {@code
 * {"name": ..., "yaml": ...}}. Invalid scenarios are refused with 422 listing every problem. Each
 * route parses, calls {@link ScenarioService}, and formats.
 */
public final class ScenarioRoutes {
  private final ScenarioService scenarios;
  private final long maxBytes;

  /** Routes over the service, reading bodies of at most {@code maxBytes}. */
  public ScenarioRoutes(ScenarioService scenarios, long maxBytes) {
    this.scenarios = scenarios;
    this.maxBytes = maxBytes;
  }

  /** Registers the routes. */
  public void register(RoutesConfig r) {
    r.get(
        "/api/scenarios",
        ctx -> ctx.json(scenarios.list().stream().map(StoredScenario::listed).toList()));
    r.post("/api/scenarios", this::create);
    r.post("/api/scenarios/validate", this::validate);
    r.get("/api/scenarios/{id}", ctx -> ctx.json(scenarios.find(ctx.pathParam("id")).summary()));
    r.put(
        "/api/scenarios/{id}",
        ctx -> ctx.json(scenarios.update(ctx.pathParam("id"), () -> read(ctx)).summary()));
    r.delete(
        "/api/scenarios/{id}",
        ctx -> {
          scenarios.delete(ctx.pathParam("id"));
          ctx.status(204);
        });
  }

  /** Reads a scenario body; 400 for malformed input. */
  Draft read(Context ctx) {
    String ct = ctx.contentType() == null ? "" : ctx.contentType();
    if (ct.startsWith("application/json")) {
      JsonStrings o = Bodies.jsonStrings(ctx, maxBytes, List.of("name", "yaml"), List.of("yaml"));
      String yaml = o.get("yaml");
      String name = o.get("name") != null ? o.get("name") : ctx.queryParam("name");
      return Draft.of(name, yaml, Bodies.yamlMapping(yaml, "yaml"));
    }
    String yaml = Bodies.text(ctx, maxBytes);
    return Draft.of(ctx.queryParam("name"), yaml, Bodies.yamlMapping(yaml, "body"));
  }

  private void create(Context ctx) throws Exception {
    StoredScenario s = scenarios.create(read(ctx));
    ctx.status(201).header("Location", "/api/scenarios/" + s.id()).json(s.summary());
  }

  private void validate(Context ctx) {
    List<FieldError> problems = scenarios.problems(read(ctx).yaml());
    ctx.json(ValidationReport.of(problems.stream().map(FieldError::toProblem).toList()));
  }
}
