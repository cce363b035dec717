package io.terawatt.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written OpenAPI description matches the routes the server has. */
class OpenApiTest {
  @TempDir Path dir;

  @Test
  void everyDocumentedOperationIsARouteAndSwaggerUiLoads() throws Exception {
    try (TestServer s = TestServer.start(dir, Clock.systemUTC())) {
      JsonNode doc = new ObjectMapper().readTree(s.get("/openapi.json").body());
      assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
      int operations = 0;
      Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
      while (paths.hasNext()) {
        Map.Entry<String, JsonNode> p = paths.next();
        String path = p.getKey().replaceAll("\\{[a-z]+}", "some-id");
        Iterator<String> methods = p.getValue().fieldNames();
        while (methods.hasNext()) {
          String m = methods.next();
          if (m.equals("parameters")) {
            continue;
          }
          operations++;
          var r =
              s.send(
                  HttpRequest.newBuilder(s.uri(path))
                      .header("Authorization", "Bearer " + s.token)
                      .header("Accept", path.endsWith("/events") ? "text/event-stream" : "*/*")
                      .method(m.toUpperCase(), HttpRequest.BodyPublishers.noBody())
                      .build());
          assertThat(r.body()).as(m + " " + path).doesNotContain("There is nothing at");
          assertThat(r.statusCode()).as(m + " " + path).isNotEqualTo(405);
        }
      }
      assertThat(operations).isGreaterThanOrEqualTo(24);
      assertThat(s.get("/docs/").body()).contains("swagger-ui-bundle.js");
      assertThat(s.get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js").statusCode())
          .isEqualTo(200);
    }
  }
}
