package io.terawatt.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.terawatt.server.db.ScenarioRepository;
import io.terawatt.server.db.StoredScenario;
import io.terawatt.server.http.ApiException;
import io.terawatt.server.http.Bodies;
import io.terawatt.server.http.FieldError;
import io.terawatt.server.run.PlanEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scenarios: create, read, update, delete and validate. A body is either YAML (any content type but
 * JSON; the name from {@code ?name=} or the scenario's {@code name} key) or a JSON object {@code
 * {"name": ..., "yaml": ...}}. Invalid scenarios are refused with 422 listing every problem.
 */
public final class ScenarioRoutes {
  private final ScenarioRepository scenarios;
  private final PlanEngine engine;
  private final long maxBytes;

  /** Routes over the repository, validating with the engine. */
  public ScenarioRoutes(ScenarioRepository scenarios, PlanEngine engine, long maxBytes) {
    this.scenarios = scenarios;
    this.engine = engine;
    this.maxBytes = maxBytes;
  }

  /** Registers the routes. */
  public void register(RoutesConfig r) {
    r.get("/api/scenarios", this::list);
    r.post("/api/scenarios", this::create);
    r.post("/api/scenarios/validate", this::validate);
    r.get("/api/scenarios/{id}", this::get);
    r.put("/api/scenarios/{id}", this::update);
    r.delete("/api/scenarios/{id}", this::delete);
  }

  record Input(String name, String yaml) {}

  /** Reads a scenario body; 400 for malformed input. */
  Input read(Context ctx) {
    String ct = ctx.contentType() == null ? "" : ctx.contentType();
    if (ct.startsWith("application/json")) {
      JsonNode o = Bodies.jsonObject(ctx, maxBytes);
      List<FieldError> e = new ArrayList<>();
      String name = Bodies.stringField(o, "name", false, e);
      String yaml = Bodies.stringField(o, "yaml", true, e);
      if (!e.isEmpty()) {
        throw ApiException.badRequest(e);
      }
      return withName(name, yaml, "yaml", ctx);
    }
    return withName(null, Bodies.text(ctx, maxBytes), "body", ctx);
  }

  private static Input withName(String name, String yaml, String field, Context ctx) {
    Map<String, Object> doc = Bodies.yamlMapping(yaml, field);
    String n = name != null ? name : ctx.queryParam("name");
    if (n == null && doc.get("name") instanceof String s) {
      n = s;
    }
    if (n == null || n.isBlank()) {
      n = "scenario";
    }
    if (n.length() > 200) {
      throw ApiException.badRequest(
          List.of(new FieldError("name", n, "The name must be at most 200 characters.")));
    }
    return new Input(n.trim(), yaml);
  }

  private void requireValid(String yaml) {
    List<FieldError> problems = engine.validate(yaml);
    if (!problems.isEmpty()) {
      throw new ApiException(
          422,
          "Invalid scenario",
          "The scenario has " + problems.size() + " problem(s).",
          problems);
    }
  }

  private void list(Context ctx) throws Exception {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (StoredScenario s : scenarios.list()) {
      a.add(Json.scenario(s, false));
    }
    ctx.json(a);
  }

  private void create(Context ctx) throws Exception {
    Input in = read(ctx);
    requireValid(in.yaml());
    StoredScenario s = scenarios.create(in.name(), in.yaml());
    ctx.status(201).header("Location", "/api/scenarios/" + s.id()).json(Json.scenario(s, true));
  }

  private void validate(Context ctx) {
    Input in = read(ctx);
    List<FieldError> problems = engine.validate(in.yaml());
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("valid", problems.isEmpty());
    ArrayNode errors = n.putArray("errors");
    for (FieldError f : problems) {
      ObjectNode o = errors.addObject();
      o.put("field", f.field());
      o.put("value", f.value());
      o.put("message", f.message());
    }
    ctx.json(n);
  }

  private void get(Context ctx) throws Exception {
    ctx.json(Json.scenario(find(ctx.pathParam("id")), true));
  }

  private void update(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    find(id);
    Input in = read(ctx);
    requireValid(in.yaml());
    ctx.json(Json.scenario(scenarios.update(id, in.name(), in.yaml()).orElseThrow(), true));
  }

  private void delete(Context ctx) throws Exception {
    if (!scenarios.delete(ctx.pathParam("id"))) {
      throw ApiException.notFound("There is no scenario " + ctx.pathParam("id") + ".");
    }
    ctx.status(204);
  }

  StoredScenario find(String id) throws Exception {
    return scenarios
        .find(id)
        .orElseThrow(() -> ApiException.notFound("There is no scenario " + id + "."));
  }
}
