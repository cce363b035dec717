package io.terawatt.server;

import io.terawatt.io.report.chart.Axis;
import io.terawatt.io.report.chart.Chart;
import io.terawatt.io.report.chart.ChartJsonWriter;
import io.terawatt.io.report.chart.ChartSet;
import io.terawatt.io.report.chart.Palette;
import io.terawatt.io.report.chart.Series;
import io.terawatt.server.http.FieldError;
import io.terawatt.server.run.PlanEngine;
import io.terawatt.server.run.RunCancelledException;
import io.terawatt.server.run.RunProgress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * A test plan engine with a tiny scenario language: {@code steps} (1 to 1000, required) and {@code
 * step_ms} (pause per step); its results hold one series {@code /hourly/energy_MWh} with value
 * {@code i * scale_MWh} at step i and the total. Lets the server's run machinery be tested without
 * the real planner.
 */
public final class ScriptedPlanEngine implements PlanEngine {
  @Override
  public List<FieldError> validate(String yaml) {
    List<FieldError> errors = new ArrayList<>();
    Object doc = new Yaml().load(yaml);
    if (!(doc instanceof Map<?, ?> m)) {
      errors.add(new FieldError("(root)", null, "A mapping is required."));
      return errors;
    }
    Object steps = m.get("steps");
    if (!(steps instanceof Integer i) || i < 1 || i > 1000) {
      errors.add(new FieldError("steps", String.valueOf(steps), "steps must be 1 to 1000."));
    }
    Object scale = m.get("scale_MWh");
    if (scale != null && !(scale instanceof Number)) {
      errors.add(new FieldError("scale_MWh", String.valueOf(scale), "scale_MWh must be a number."));
    }
    return errors;
  }

  @Override
  public PlanOutput run(String yaml, RunProgress progress) throws Exception {
    Map<?, ?> m = new Yaml().load(yaml);
    int steps = (Integer) m.get("steps");
    long pause = m.get("step_ms") instanceof Number n ? n.longValue() : 0;
    double scale = m.get("scale_MWh") instanceof Number n ? n.doubleValue() : 1.0;
    StringBuilder series = new StringBuilder();
    double total = 0;
    for (int i = 0; i < steps; i++) {
      if (progress.cancelled()) {
        throw new RunCancelledException("stopped at step " + i);
      }
      if (pause > 0) {
        Thread.sleep(pause);
      }
      double v = i * scale;
      total += v;
      series.append(i == 0 ? "" : ",").append(v);
      progress.report((i + 1) / (double) steps, "step " + (i + 1) + " of " + steps);
    }
    String json =
        "{\"hourly\":{\"energy_MWh\":["
            + series
            + "]},\"total_energy_MWh\":"
            + total
            + ",\"name\":\""
            + m.get("name")
            + "\"}";
    StringBuilder csv = new StringBuilder("hour_utc,load_MW,wind_MW,gas_MW\n");
    for (int i = 0; i < steps; i++) {
      csv.append(java.time.Instant.parse("2030-01-01T00:00:00Z").plusSeconds(3600L * i))
          .append(',')
          .append(i * scale)
          .append(',')
          .append(i * scale * 0.75)
          .append(',')
          .append(i * scale * 0.25)
          .append('\n');
    }
    return new PlanOutput(
        json,
        "<html><body>report of " + steps + " steps</body></html>",
        ChartJsonWriter.write(charts(steps, scale)),
        Map.of("energy-test.csv", csv.toString()));
  }

  /** One chart: wind and gas stacked over the steps' hours, with the load as a line. */
  static ChartSet charts(int steps, double scale) {
    double[] load = new double[steps];
    double[] wind = new double[steps];
    double[] gas = new double[steps];
    for (int i = 0; i < steps; i++) {
      load[i] = i * scale;
      wind[i] = load[i] * 0.75;
      gas[i] = load[i] * 0.25;
    }
    Palette p = new Palette();
    Chart c =
        new Chart(
            "energy",
            "energy",
            "",
            "Energy by source",
            "",
            Axis.hours("hour (UTC)", Instant.parse("2030-01-01T00:00:00Z")),
            Axis.value("energy per hour", "MW"),
            List.of(
                Series.area(p.name("wind_onshore"), "MW", p.colour("wind_onshore"), wind),
                Series.area(p.name("gas_cc"), "MW", p.colour("gas_cc"), gas),
                Series.line(p.name("load"), "MW", p.colour("load"), load)),
            Optional.empty(),
            Optional.empty());
    return new ChartSet(List.of(c), Map.of());
  }
}
