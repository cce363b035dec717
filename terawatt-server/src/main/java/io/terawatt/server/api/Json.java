package io.terawatt.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.server.db.StoredRun;
import io.terawatt.server.db.StoredScenario;
import java.time.Instant;

/** The JSON shapes of the REST API. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode scenario(StoredScenario s, boolean withYaml) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", s.id());
    n.put("name", s.name());
    n.put("createdAt", s.createdAt().toString());
    n.put("updatedAt", s.updatedAt().toString());
    if (withYaml) {
      n.put("yaml", s.yaml());
    }
    return n;
  }

  static ObjectNode run(StoredRun r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", r.id());
    n.put("scenarioId", r.scenarioId());
    n.put("state", r.state().id());
    n.put("progress_fraction", r.progressFraction());
    n.put("message", r.message());
    n.put("createdAt", r.createdAt().toString());
    n.put("startedAt", text(r.startedAt()));
    n.put("finishedAt", text(r.finishedAt()));
    n.put("hasResults", r.hasResults());
    ObjectNode links = n.putObject("links");
    links.put("self", "/api/runs/" + r.id());
    links.put("events", "/api/runs/" + r.id() + "/events");
    links.put("results", "/api/runs/" + r.id() + "/results");
    links.put("report", "/api/runs/" + r.id() + "/report");
    return n;
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }
}
