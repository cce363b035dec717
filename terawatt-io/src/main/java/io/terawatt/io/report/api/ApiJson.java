package io.terawatt.io.report.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The mapper of the REST API's documents: records are written with their component names as field
 * names, in declaration order, nulls included, compact.
 */
public final class ApiJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private ApiJson() {}

  /** The configured mapper (shared; do not reconfigure it). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A document as JSON text. */
  public static String write(Object document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + document.getClass().getSimpleName(), e);
    }
  }
}
