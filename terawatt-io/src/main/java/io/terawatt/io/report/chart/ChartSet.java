package io.terawatt.io.report.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every chart of a plan, in the order the report shows them, with the palette they share.
 *
 * @param charts the charts
 * @param palette series name to colour, for every series name used (one colour per name)
 */
public record ChartSet(List<Chart> charts, Map<String, String> palette) {
  /** Copies. */
  public ChartSet {
    charts = List.copyOf(charts);
    palette = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(palette));
  }

  /** The chart with an id. */
  public java.util.Optional<Chart> chart(String id) {
    return charts.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The charts of a group, in order. */
  public List<Chart> group(String group) {
    return charts.stream().filter(c -> c.group().equals(group)).toList();
  }
}
