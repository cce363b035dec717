package io.terawatt.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.terawatt.io.input.JsonStrings;
import io.terawatt.io.report.api.RunEventDocument;
import io.terawatt.io.report.api.RunSummary;
import io.terawatt.server.db.StoredRun;
import io.terawatt.server.http.Bodies;
import io.terawatt.server.http.Params;
import io.terawatt.server.run.RunEvent;
import io.terawatt.server.run.RunFollower;
import io.terawatt.server.run.RunResults;
import io.terawatt.server.run.RunService;
import java.util.List;

/**
 * Runs: start (202), list, watch (polling JSON or server-sent events), cancel, and the results:
 * {@code results.json}, {@code report.html}, the report's chart description, series found by JSON
 * pointer, hourly files, and a comparison of two runs. Each route parses, calls {@link RunService}
 * or {@link RunResults}, and formats.
 */
public final class RunRoutes {
  private static final String JSON = "application/json";

  private final RunService runs;
  private final RunResults results;
  private final long maxBytes;

  /** Routes over the run service and outputs, reading bodies of at most {@code maxBytes}. */
  public RunRoutes(RunService runs, RunResults results, long maxBytes) {
    this.runs = runs;
    this.results = results;
    this.maxBytes = maxBytes;
  }

  /** Registers the routes. */
  public void register(RoutesConfig r) {
    r.get("/api/runs", ctx -> ctx.json(runs.list().stream().map(StoredRun::summary).toList()));
    r.post("/api/runs", this::start);
    r.get("/api/runs/compare", this::compare);
    r.get("/api/runs/{id}", ctx -> ctx.json(runs.find(id(ctx)).summary()));
    r.post("/api/runs/{id}/cancel", ctx -> ctx.status(202).json(runs.cancel(id(ctx)).summary()));
    r.get("/api/runs/{id}/results", ctx -> ctx.contentType(JSON).result(results.results(id(ctx))));
    r.get("/api/runs/{id}/charts", ctx -> ctx.contentType(JSON).result(results.charts(id(ctx))));
    r.get(
        "/api/runs/{id}/report",
        ctx -> ctx.contentType("text/html; charset=utf-8").result(results.report(id(ctx))));
    r.get("/api/runs/{id}/series", this::series);
    r.get("/api/runs/{id}/files", ctx -> ctx.json(results.files(id(ctx))));
    r.get("/api/runs/{id}/files/{name}", this::file);
    r.get("/api/runs/{id}/hourly/{name}", this::hourly);
    r.sse("/api/runs/{id}/events", c -> runs.follow(c.ctx().pathParam("id"), new SseFollower(c)));
  }

  private static String id(Context ctx) {
    return ctx.pathParam("id");
  }

  private void start(Context ctx) throws Exception {
    List<String> fields = List.of("scenarioId", "scenarioYaml");
    JsonStrings body = Bodies.jsonStrings(ctx, maxBytes, fields, List.of());
    RunSummary run = runs.start(body.get("scenarioId"), body.get("scenarioYaml")).summary();
    ctx.status(202).header("Location", run.links().self()).json(run);
  }

  /**
   * Without {@code pointer}: every numeric array in the results with its JSON pointer and length.
   * With {@code pointer} (RFC 6901): that node, optionally sliced by {@code from} and {@code to}
   * (array indices).
   */
  private void series(Context ctx) throws Exception {
    Params p = new Params(ctx);
    String pointer = ctx.queryParam("pointer");
    Integer from = p.integer("from", null, 0, Integer.MAX_VALUE);
    Integer to = p.integer("to", null, 0, Integer.MAX_VALUE);
    if (pointer == null) {
      ctx.json(results.series(id(ctx)));
      return;
    }
    p.check();
    ctx.contentType(JSON).result(results.seriesAt(id(ctx), pointer, from, to));
  }

  private void file(Context ctx) throws Exception {
    String name = ctx.pathParam("name");
    String type = name.endsWith(".csv") ? "text/csv" : "text/plain";
    ctx.contentType(type + "; charset=utf-8").result(results.file(id(ctx), name));
  }

  /**
   * An hourly CSV output as JSON columns: {@code {file, start, hours, columns: {name: [...]}}},
   * optionally only rows {@code [from, to)}; the first column ({@code hour_utc}) gives the start.
   */
  private void hourly(Context ctx) throws Exception {
    Params p = new Params(ctx);
    int from = p.integer("from", 0, 0, Integer.MAX_VALUE);
    int to = p.integer("to", Integer.MAX_VALUE, 0, Integer.MAX_VALUE);
    p.check();
    ctx.json(results.hourly(id(ctx), ctx.pathParam("name"), from, to));
  }

  /** Every numeric value present in both runs' results, with both values and the difference. */
  private void compare(Context ctx) throws Exception {
    Params p = new Params(ctx);
    String a = p.required("a");
    String b = p.required("b");
    p.check();
    ctx.json(results.compare(a, b));
  }

  /** A server-sent event stream following a run: {@code progress} events, then the end. */
  private record SseFollower(SseClient client) implements RunFollower {
    @Override
    public void send(RunEvent e) {
      client.sendEvent(
          "progress",
          new RunEventDocument(e.runId(), e.state().id(), e.progressFraction(), e.message()));
    }

    @Override
    public void error(String message) {
      client.sendEvent("error", message);
    }

    @Override
    public void keepAlive() {
      client.sendComment("keep-alive");
    }

    @Override
    public boolean gone() {
      return client.terminated();
    }

    @Override
    public void onClose(Runnable r) {
      client.onClose(r);
    }

    @Override
    public void close() {
      client.close();
    }
  }
}
