package io.terawatt.io.report;

import io.terawatt.plan.PlanResult;
import io.terawatt.plan.SiteSupply;
import io.terawatt.supply.HourlyFlows;
import io.terawatt.supply.SupplySite;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Hourly CSV files of a plan: energy by source for each site ({@code energy-<site>.csv}) and the
 * grid intensity of every site's zone ({@code intensity.csv}). Columns carry their units.
 */
public final class PlanCsvWriter {
  private PlanCsvWriter() {}

  /** File name to CSV text. */
  public static Map<String, String> write(PlanResult r) {
    Map<String, String> files = new LinkedHashMap<>();
    for (SiteSupply s : r.supply()) {
      files.put("energy-" + slug(s.site()) + ".csv", energy(s));
    }
    files.put("intensity.csv", intensity(r));
    return files;
  }

  /** A file-name-safe form of a name. */
  public static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "site" : s;
  }

  private static String energy(SiteSupply s) {
    SupplySite site = s.builtSite();
    HourlyFlows f = s.flows();
    StringBuilder b = new StringBuilder("hour_utc,load_MW");
    for (var g : site.generators()) {
      b.append(',').append(g.technology()).append("_MW");
    }
    for (var st : site.storage()) {
      b.append(',')
          .append(st.technology())
          .append("_discharge_MW,")
          .append(st.technology())
          .append("_charge_MW");
    }
    b.append(",grid_import_MW,grid_export_MW,unserved_MW,curtailed_MW\n");
    Instant start = site.start();
    for (int h = 0; h < site.hours(); h++) {
      b.append(start.plusSeconds(3600L * h)).append(',').append(num(site.loadAt(h)));
      double curtailed = 0;
      for (int g = 0; g < site.generators().size(); g++) {
        b.append(',').append(num(f.generation_MW()[g][h]));
        curtailed += f.curtailment_MW()[g][h];
      }
      for (int st = 0; st < site.storage().size(); st++) {
        b.append(',').append(num(f.discharge_MW()[st][h]));
        b.append(',').append(num(f.charge_MW()[st][h]));
      }
      b.append(',').append(num(f.gridImport_MW()[h]));
      b.append(',').append(num(f.gridExport_MW()[h]));
      b.append(',').append(num(f.unserved_MW()[h]));
      b.append(',').append(num(curtailed)).append('\n');
    }
    return b.toString();
  }

  private static String intensity(PlanResult r) {
    StringBuilder b = new StringBuilder("hour_utc");
    int n = Integer.MAX_VALUE;
    for (SiteSupply s : r.supply()) {
      b.append(',').append(slug(s.site())).append('_').append(s.zone()).append("_gCO2e_per_kWh");
      n = Math.min(n, s.builtSite().hours());
    }
    b.append('\n');
    Instant start = r.supply().get(0).builtSite().start();
    for (int h = 0; h < n; h++) {
      b.append(start.plusSeconds(3600L * h));
      for (SiteSupply s : r.supply()) {
        b.append(',').append(num(s.builtSite().grid().intensityAt(h)));
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
