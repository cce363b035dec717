package io.terawatt.server.api;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.terawatt.server.db.RunRepository;
import io.terawatt.server.db.ScenarioRepository;
import io.terawatt.server.db.StoredRun;
import io.terawatt.server.http.ApiException;
import io.terawatt.server.http.Bodies;
import io.terawatt.server.http.FieldError;
import io.terawatt.server.run.RunEvent;
import io.terawatt.server.run.RunManager;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs: start (202), list, watch (polling JSON or server-sent events), cancel, and the results:
 * {@code results.json}, {@code report.html}, series found by JSON pointer, and a comparison of two
 * runs.
 */
public final class RunRoutes {
  private final RunManager manager;
  private final RunRepository runs;
  private final ScenarioRepository scenarios;
  private final long maxBytes;

  /** Routes over the manager and repositories. */
  public RunRoutes(
      RunManager manager, RunRepository runs, ScenarioRepository scenarios, long maxBytes) {
    this.manager = manager;
    this.runs = runs;
    this.scenarios = scenarios;
    this.maxBytes = maxBytes;
  }

  /** Registers the routes. */
  public void register(RoutesConfig r) {
    r.get("/api/runs", this::list);
    r.post("/api/runs", this::start);
    r.get("/api/runs/compare", this::compare);
    r.get("/api/runs/{id}", ctx -> ctx.json(Json.run(find(ctx.pathParam("id")))));
    r.post("/api/runs/{id}/cancel", this::cancel);
    r.get("/api/runs/{id}/results", this::results);
    r.get("/api/runs/{id}/report", this::report);
    r.get("/api/runs/{id}/series", this::series);
    r.get("/api/runs/{id}/files", this::files);
    r.get("/api/runs/{id}/files/{name}", this::file);
    r.get("/api/runs/{id}/hourly/{name}", this::hourly);
    r.sse("/api/runs/{id}/events", this::events);
  }

  private void list(Context ctx) throws Exception {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (StoredRun run : runs.list()) {
      a.add(Json.run(run));
    }
    ctx.json(a);
  }

  private void start(Context ctx) throws Exception {
    JsonNode o = Bodies.jsonObject(ctx, maxBytes);
    List<FieldError> e = new ArrayList<>();
    String scenarioId = Bodies.stringField(o, "scenarioId", false, e);
    String yaml = Bodies.stringField(o, "scenarioYaml", false, e);
    if (e.isEmpty() && (scenarioId == null) == (yaml == null)) {
      e.add(
          new FieldError(
              "scenarioId", scenarioId, "Give exactly one of scenarioId and scenarioYaml."));
    }
    if (!e.isEmpty()) {
      throw ApiException.badRequest(e);
    }
    if (scenarioId != null) {
      yaml =
          scenarios
              .find(scenarioId)
              .orElseThrow(() -> ApiException.notFound("There is no scenario " + scenarioId + "."))
              .yaml();
    } else {
      Bodies.yamlMapping(yaml, "scenarioYaml");
    }
    List<FieldError> problems = manager.engine().validate(yaml);
    if (!problems.isEmpty()) {
      throw new ApiException(
          422,
          "Invalid scenario",
          "The scenario has " + problems.size() + " problem(s).",
          problems);
    }
    StoredRun run = manager.start(scenarioId, yaml);
    ctx.status(202).header("Location", "/api/runs/" + run.id()).json(Json.run(run));
  }

  private void cancel(Context ctx) throws Exception {
    StoredRun run = find(ctx.pathParam("id"));
    if (!manager.cancel(run.id())) {
      throw new ApiException(
          409, "Run already finished", "Run " + run.id() + " is " + run.state().id() + ".");
    }
    ctx.status(202).json(Json.run(find(run.id())));
  }

  private void results(Context ctx) throws Exception {
    ctx.contentType("application/json").result(resultsText(ctx.pathParam("id")));
  }

  private String resultsText(String id) throws Exception {
    StoredRun run = find(id);
    return runs.resultsJson(id)
        .orElseThrow(
            () ->
                new ApiException(
                    404,
                    "No results",
                    "Run " + id + " is " + run.state().id() + " and has no results."));
  }

  private void report(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    find(id);
    String html =
        runs.reportHtml(id)
            .orElseThrow(() -> ApiException.notFound("Run " + id + " has no report."));
    ctx.contentType("text/html; charset=utf-8").result(html);
  }

  /**
   * Without {@code pointer}: every numeric array in the results with its JSON pointer and length.
   * With {@code pointer} (RFC 6901): that node, optionally sliced by {@code from} and {@code to}
   * (array indices).
   */
  private void series(Context ctx) throws Exception {
    JsonNode root = Json.MAPPER.readTree(resultsText(ctx.pathParam("id")));
    String pointer = ctx.queryParam("pointer");
    if (pointer == null) {
      ArrayNode out = Json.MAPPER.createArrayNode();
      listSeries(root, "", out);
      ctx.json(out);
      return;
    }
    JsonPointer p;
    try {
      p = JsonPointer.compile(pointer);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          List.of(new FieldError("pointer", pointer, "Not a JSON pointer: " + e.getMessage())));
    }
    JsonNode n = root.at(p);
    if (n.isMissingNode()) {
      throw ApiException.notFound("The results have nothing at " + pointer + ".");
    }
    io.terawatt.server.http.Params params = new io.terawatt.server.http.Params(ctx);
    Integer from = params.integer("from", null, 0, Integer.MAX_VALUE);
    Integer to = params.integer("to", null, 0, Integer.MAX_VALUE);
    params.check();
    if (n.isArray() && (from != null || to != null)) {
      int a = from == null ? 0 : Math.min(from, n.size());
      int b = to == null ? n.size() : Math.min(to, n.size());
      ArrayNode slice = Json.MAPPER.createArrayNode();
      for (int i = a; i < b; i++) {
        slice.add(n.get(i));
      }
      n = slice;
    }
    ctx.json(n);
  }

  private void files(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    find(id);
    ctx.json(runs.fileNames(id));
  }

  private String fileText(String id, String name) throws Exception {
    find(id);
    return runs.file(id, name)
        .orElseThrow(() -> ApiException.notFound("Run " + id + " has no file " + name + "."));
  }

  private void file(Context ctx) throws Exception {
    String name = ctx.pathParam("name");
    String text = fileText(ctx.pathParam("id"), name);
    ctx.contentType(name.endsWith(".csv") ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8")
        .result(text);
  }

  /**
   * An hourly CSV output as JSON columns: {@code {file, start, hours, columns: {name: [...]}}},
   * optionally only rows {@code [from, to)}; the first column ({@code hour_utc}) gives the start.
   */
  private void hourly(Context ctx) throws Exception {
    String name = ctx.pathParam("name");
    String text = fileText(ctx.pathParam("id"), name);
    io.terawatt.server.http.Params params = new io.terawatt.server.http.Params(ctx);
    Integer from = params.integer("from", 0, 0, Integer.MAX_VALUE);
    Integer to = params.integer("to", Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
    params.check();
    String[] lines = text.split("\n");
    String[] header = lines[0].trim().split(",");
    int rows = lines.length - 1;
    int a = Math.min(from, rows);
    int b = Math.max(a, Math.min(to, rows));
    double[][] cols = new double[header.length][b - a];
    String start = null;
    for (int i = a; i < b; i++) {
      String[] cells = lines[i + 1].trim().split(",");
      if (i == a) {
        start = cells[0];
      }
      for (int c = 1; c < header.length && c < cells.length; c++) {
        try {
          cols[c][i - a] = Double.parseDouble(cells[c]);
        } catch (NumberFormatException e) {
          cols[c][i - a] = Double.NaN;
        }
      }
    }
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("file", name);
    n.put("start", start);
    n.put("hours", b - a);
    ObjectNode columns = n.putObject("columns");
    for (int c = 1; c < header.length; c++) {
      ArrayNode arr = columns.putArray(header[c]);
      for (double v : cols[c]) {
        if (Double.isNaN(v)) {
          arr.addNull();
        } else {
          arr.add(v);
        }
      }
    }
    ctx.json(n);
  }

  private static void listSeries(JsonNode n, String path, ArrayNode out) {
    if (n.isArray()) {
      if (n.size() > 0 && n.get(0).isNumber()) {
        ObjectNode o = out.addObject();
        o.put("pointer", path);
        o.put("length", n.size());
        return;
      }
      for (int i = 0; i < n.size() && i < 1000; i++) {
        listSeries(n.get(i), path + "/" + i, out);
      }
    } else if (n.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        listSeries(
            e.getValue(), path + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), out);
      }
    }
  }

  /** Every numeric value present in both runs' results, with both values and the difference. */
  private void compare(Context ctx) throws Exception {
    io.terawatt.server.http.Params params = new io.terawatt.server.http.Params(ctx);
    String a = params.required("a");
    String b = params.required("b");
    params.check();
    JsonNode ra = Json.MAPPER.readTree(resultsText(a));
    JsonNode rb = Json.MAPPER.readTree(resultsText(b));
    ArrayNode out = Json.MAPPER.createArrayNode();
    compareNodes(ra, rb, "", out);
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("a", a);
    n.put("b", b);
    n.set("values", out);
    ctx.json(n);
  }

  private static void compareNodes(JsonNode a, JsonNode b, String path, ArrayNode out) {
    if (out.size() >= 5000 || b == null) {
      return;
    }
    if (a.isNumber() && b.isNumber()) {
      ObjectNode o = out.addObject();
      o.put("pointer", path);
      o.put("a", a.doubleValue());
      o.put("b", b.doubleValue());
      o.put("difference", b.doubleValue() - a.doubleValue());
    } else if (a.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = a.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        compareNodes(
            e.getValue(),
            b.get(e.getKey()),
            path + "/" + e.getKey().replace("~", "~0").replace("/", "~1"),
            out);
      }
    } else if (a.isArray() && b.isArray() && a.size() <= 64) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        compareNodes(a.get(i), b.get(i), path + "/" + i, out);
      }
    }
  }

  /** Sends the run's state now and at every change, until it finishes. */
  private void events(SseClient client) {
    String id = client.ctx().pathParam("id");
    StoredRun run;
    try {
      run = runs.find(id).orElse(null);
    } catch (Exception e) {
      client.sendEvent("error", e.getMessage());
      client.close();
      return;
    }
    if (run == null) {
      client.sendEvent("error", "There is no run " + id + ".");
      client.close();
      return;
    }
    CountDownLatch done = new CountDownLatch(1);
    Runnable unwatch =
        manager.watch(
            id,
            ev -> {
              client.sendEvent("progress", eventJson(ev));
              if (ev.state().finished()) {
                done.countDown();
              }
            });
    client.onClose(unwatch);
    client.sendEvent(
        "progress",
        eventJson(new RunEvent(id, run.state(), run.progressFraction(), run.message())));
    if (run.state().finished()) {
      unwatch.run();
      client.close();
      return;
    }
    try {
      // Re-check after subscribing: the run may have finished in between.
      StoredRun now = runs.find(id).orElseThrow();
      if (now.state().finished()) {
        client.sendEvent(
            "progress",
            eventJson(new RunEvent(id, now.state(), now.progressFraction(), now.message())));
        done.countDown();
      }
      while (!done.await(15, java.util.concurrent.TimeUnit.SECONDS)) {
        if (client.terminated()) {
          break;
        }
        client.sendComment("keep-alive");
      }
    } catch (Exception e) {
      Thread.currentThread().interrupt();
    } finally {
      unwatch.run();
      client.close();
    }
  }

  private static String eventJson(RunEvent e) {
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("runId", e.runId());
    n.put("state", e.state().id());
    n.put("progress_fraction", e.progressFraction());
    n.put("message", e.message());
    return n.toString();
  }

  private StoredRun find(String id) throws Exception {
    return runs.find(id).orElseThrow(() -> ApiException.notFound("There is no run " + id + "."));
  }
}
