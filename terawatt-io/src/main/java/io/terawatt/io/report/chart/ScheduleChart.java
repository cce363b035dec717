package io.terawatt.io.report.chart;

import io.terawatt.plan.ScheduleStage;
import io.terawatt.scheduling.PolicyRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The carbon reduction of each scheduling policy against running every job on arrival, per site and
 * across the fleet. Reductions are drawn as they are, negative ones included; the baseline (the
 * policy in the {@code BASELINE} role, whose reduction is zero by definition) is left out.
 */
final class ScheduleChart {
  static final String ID = "schedule";

  private ScheduleChart() {}

  static Chart of(ScheduleStage s, Palette palette) {
    List<String> rows = new ArrayList<>();
    List<Double> reductions = new ArrayList<>();
    for (ScheduleStage.ZoneRow z : s.zones()) {
      if (z.role() != PolicyRole.BASELINE) {
        rows.add(z.site() + " / " + z.policy());
        reductions.add(z.reductionVsAgnostic_pct());
      }
    }
    for (ScheduleStage.FleetRow f : s.fleet()) {
      if (f.role() != PolicyRole.BASELINE) {
        rows.add("fleet / " + f.policy());
        reductions.add(f.reductionVsAgnostic_pct());
      }
    }
    if (rows.isEmpty()) {
      rows.add("baseline only");
      reductions.add(0.0);
    }
    double[] v = reductions.stream().mapToDouble(Double::doubleValue).toArray();
    String key = "carbon_reduction";
    return new Chart(
        ID,
        ID,
        "",
        "Carbon reduction of the batch work",
        "Carbon reduction against running on arrival",
        Axis.categories("site / policy", rows),
        Axis.value("carbon reduction", "%"),
        List.of(Series.bars(palette.name(key), "%", palette.colour(key), v)),
        Optional.empty(),
        Optional.empty());
  }
}
