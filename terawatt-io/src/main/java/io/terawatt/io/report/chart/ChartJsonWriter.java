package io.terawatt.io.report.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The chart description as JSON, for the dashboard: {@code {palette: {name: colour}, charts: [{id,
 * group, subject, title, caption, x, y, window, colourScale, series: [{name, kind, unit, colour,
 * values, x, lower, labels, filled}]}]}}. Kinds are lower case; a series' {@code x}, {@code lower}
 * and {@code labels} appear only when it has them; {@code window} and {@code colourScale} are null
 * when absent. Values are rounded to 4 decimals, as in the hourly CSV files, and a missing value
 * (NaN) is null.
 */
public final class ChartJsonWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ChartJsonWriter() {}

  /** The JSON text. */
  public static String write(ChartSet set) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode palette = root.putObject("palette");
    set.palette().forEach(palette::put);
    ArrayNode charts = root.putArray("charts");
    for (Chart c : set.charts()) {
      chart(charts.addObject(), c);
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void chart(ObjectNode n, Chart c) {
    n.put("id", c.id());
    n.put("group", c.group());
    n.put("subject", c.subject());
    n.put("title", c.title());
    n.put("caption", c.caption());
    axis(n.putObject("x"), c.x());
    axis(n.putObject("y"), c.y());
    if (c.window().isPresent()) {
      ObjectNode w = n.putObject("window");
      w.put("from", c.window().get().from());
      w.put("to", c.window().get().to());
      w.put("label", c.window().get().label());
    } else {
      n.putNull("window");
    }
    if (c.colourScale().isPresent()) {
      ColourScale s = c.colourScale().get();
      ObjectNode o = n.putObject("colourScale");
      number(o, "min", s.min());
      number(o, "max", s.max());
      o.put("unit", s.unit());
      strings(o.putArray("stops"), s.stops());
    } else {
      n.putNull("colourScale");
    }
    ArrayNode series = n.putArray("series");
    for (Series s : c.series()) {
      series(series.addObject(), s);
    }
  }

  private static void axis(ObjectNode n, Axis a) {
    n.put("title", a.title());
    n.put("unit", a.unit());
    n.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
    strings(n.putArray("categories"), a.categories());
    n.put("start", a.start() == null ? null : a.start().toString());
  }

  private static void series(ObjectNode n, Series s) {
    n.put("name", s.name());
    n.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
    n.put("unit", s.unit());
    n.put("colour", s.colour());
    numbers(n.putArray("values"), s.values());
    if (s.x().length > 0) {
      numbers(n.putArray("x"), s.x());
    }
    if (s.lower().length > 0) {
      numbers(n.putArray("lower"), s.lower());
    }
    if (!s.labels().isEmpty()) {
      strings(n.putArray("labels"), s.labels());
    }
    n.put("filled", s.filled());
  }

  private static void numbers(ArrayNode a, double[] values) {
    for (double v : values) {
      if (Double.isFinite(v)) {
        a.add(round(v));
      } else {
        a.addNull();
      }
    }
  }

  private static void number(ObjectNode o, String name, double v) {
    if (Double.isFinite(v)) {
      o.put(name, round(v));
    } else {
      o.putNull(name);
    }
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  /** Rounded to 4 decimals; whole numbers stay whole. */
  private static double round(double v) {
    return Math.abs(v) < 1e11 ? Math.rint(v * 1e4) / 1e4 : v;
  }
}
