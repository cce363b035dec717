package io.terawatt.server.http;

import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import io.terawatt.io.report.api.ApiJson;

/**
 * Hands io's configured JSON mapper ({@link ApiJson}) to Javalin, so that {@code ctx.json(record)}
 * and server-sent events write the API's documents as io defines them. The only server class that
 * touches the JSON library; routes build no JSON.
 */
public final class JsonMapperConfig {
  private JsonMapperConfig() {}

  /** Javalin's JSON mapper over io's mapper. */
  public static JsonMapper javalin() {
    return new JavalinJackson(ApiJson.mapper(), false);
  }
}
