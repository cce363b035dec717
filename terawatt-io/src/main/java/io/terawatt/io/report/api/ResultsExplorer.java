package io.terawatt.io.report.api;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Views of a run's stored {@code results.json}: the numeric arrays in it with their JSON pointers
 * (RFC 6901), the node at a pointer (an array optionally sliced), and the numeric values two
 * results share, with their difference.
 */
public final class ResultsExplorer {
  /** At most this many values are compared. */
  public static final int MAX_COMPARED = 5000;

  /** Arrays longer than this are not compared element by element (hourly series). */
  public static final int MAX_COMPARED_ARRAY = 64;

  /** At most this many elements of an array of objects are searched for numeric arrays. */
  private static final int MAX_LISTED_ELEMENTS = 1000;

  private ResultsExplorer() {}

  /**
   * A numeric array in the results.
   *
   * @param pointer its JSON pointer
   * @param length its length
   */
  public record SeriesPointer(String pointer, int length) {}

  /**
   * A numeric value in both of two results.
   *
   * @param pointer its JSON pointer
   * @param a the value in the first
   * @param b the value in the second
   * @param difference b − a
   */
  public record ComparedValue(String pointer, double a, double b, double difference) {}

  /**
   * The values two runs' results share.
   *
   * @param a the first run
   * @param b the second run
   * @param values the values, in the first results' order
   */
  public record Comparison(String a, String b, List<ComparedValue> values) {
    /** Copies the values. */
    public Comparison {
      values = List.copyOf(values);
    }
  }

  /** Every numeric array (one whose first element is a number), in document order. */
  public static List<SeriesPointer> numericArrays(String resultsJson) {
    List<SeriesPointer> out = new ArrayList<>();
    list(read(resultsJson), "", out);
    return out;
  }

  /**
   * The JSON text of the node at a pointer; an array sliced to {@code [from, to)} when either is
   * given (clamped to its length).
   *
   * @return empty when the results have nothing there
   * @throws IllegalArgumentException when the pointer is not a JSON pointer
   */
  public static Optional<String> at(String resultsJson, String pointer, Integer from, Integer to) {
    JsonNode n = read(resultsJson).at(JsonPointer.compile(pointer));
    if (n.isMissingNode()) {
      return Optional.empty();
    }
    if (n.isArray() && (from != null || to != null)) {
      int a = from == null ? 0 : Math.min(from, n.size());
      int b = to == null ? n.size() : Math.min(to, n.size());
      ArrayNode slice = ApiJson.mapper().createArrayNode();
      for (int i = a; i < b; i++) {
        slice.add(n.get(i));
      }
      n = slice;
    }
    return Optional.of(ApiJson.write(n));
  }

  /**
   * Every number present at the same place in both results (objects by key, arrays of at most
   * {@value #MAX_COMPARED_ARRAY} elements by index), at most {@value #MAX_COMPARED}.
   */
  public static Comparison compare(String idA, String resultsA, String idB, String resultsB) {
    List<ComparedValue> out = new ArrayList<>();
    compare(read(resultsA), read(resultsB), "", out);
    return new Comparison(idA, idB, out);
  }

  private static void list(JsonNode n, String path, List<SeriesPointer> out) {
    if (n.isArray()) {
      if (n.size() > 0 && n.get(0).isNumber()) {
        out.add(new SeriesPointer(path, n.size()));
        return;
      }
      for (int i = 0; i < n.size() && i < MAX_LISTED_ELEMENTS; i++) {
        list(n.get(i), path + "/" + i, out);
      }
    } else if (n.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        list(e.getValue(), path + "/" + escape(e.getKey()), out);
      }
    }
  }

  private static void compare(JsonNode a, JsonNode b, String path, List<ComparedValue> out) {
    if (out.size() >= MAX_COMPARED || b == null) {
      return;
    }
    if (a.isNumber() && b.isNumber()) {
      out.add(
          new ComparedValue(
              path, a.doubleValue(), b.doubleValue(), b.doubleValue() - a.doubleValue()));
    } else if (a.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        compare(e.getValue(), b.get(e.getKey()), path + "/" + escape(e.getKey()), out);
      }
    } else if (a.isArray() && b.isArray() && a.size() <= MAX_COMPARED_ARRAY) {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        compare(a.get(i), b.get(i), path + "/" + i, out);
      }
    }
  }

  /** A key as a JSON pointer segment. */
  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static JsonNode read(String json) {
    try {
      return ApiJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored results are not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
