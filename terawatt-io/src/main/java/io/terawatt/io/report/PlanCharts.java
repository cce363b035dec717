package io.terawatt.io.report;

import io.terawatt.plan.PlanResult;
import io.terawatt.plan.SiteSupply;
import io.terawatt.supply.HourlyFlows;
import io.terawatt.supply.SupplySite;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inline SVG charts of {@link PlanHtmlWriter}'s report: hourly energy by source for a week, the
 * month-by-hour intensity heat map, the capacity mix and the cost-carbon (Pareto) scatter.
 */
final class PlanCharts {
  private static final String[] PALETTE = {
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#1b9e77", "#d95f02"
  };

  private PlanCharts() {}

  /** The week (whole weeks of the year) with the largest grid import, hourly stacked. */
  static String energyWeek(SiteSupply s) {
    SupplySite site = s.builtSite();
    HourlyFlows f = s.flows();
    int weeks = Math.max(1, site.hours() / 168);
    int bestWeek = 0;
    double bestImport = -1;
    for (int w = 0; w < weeks; w++) {
      double imp = 0;
      for (int h = w * 168; h < Math.min(site.hours(), (w + 1) * 168); h++) {
        imp += f.gridImport_MW()[h] + f.unserved_MW()[h];
      }
      if (imp > bestImport) {
        bestImport = imp;
        bestWeek = w;
      }
    }
    int from = bestWeek * 168;
    int n = Math.min(168, site.hours() - from);
    Map<String, double[]> series = new LinkedHashMap<>();
    for (int g = 0; g < site.generators().size(); g++) {
      double[] v = new double[n];
      for (int h = 0; h < n; h++) {
        v[h] = f.generation_MW()[g][from + h];
      }
      series.merge(site.generators().get(g).technology(), v, PlanCharts::add);
    }
    double[] dis = new double[n];
    for (double[] d : f.discharge_MW()) {
      for (int h = 0; h < n; h++) {
        dis[h] += d[from + h];
      }
    }
    series.put("storage discharge", dis);
    double[] imp = new double[n];
    double[] uns = new double[n];
    double[] use = new double[n];
    for (int h = 0; h < n; h++) {
      imp[h] = f.gridImport_MW()[from + h];
      uns[h] = f.unserved_MW()[from + h];
      use[h] = site.loadAt(from + h);
    }
    series.put("grid import", imp);
    series.put("unserved", uns);
    ZonedDateTime start =
        ZonedDateTime.ofInstant(site.start().plusSeconds(3600L * from), ZoneOffset.UTC);
    return SvgChart.stackedArea(
        s.site() + ", week from " + start.toLocalDate(), series, "MW", Map.entry("load", use));
  }

  private static double[] add(double[] a, double[] b) {
    double[] c = a.clone();
    for (int i = 0; i < c.length; i++) {
      c[i] += b[i];
    }
    return c;
  }

  /** Mean intensity by month (rows) and UTC hour (columns), colour from green to red. */
  static String heatMap(SiteSupply s) {
    SupplySite site = s.builtSite();
    double[][] sum = new double[12][24];
    int[][] count = new int[12][24];
    Instant start = site.start();
    for (int h = 0; h < site.hours(); h++) {
      ZonedDateTime t = ZonedDateTime.ofInstant(start.plusSeconds(3600L * h), ZoneOffset.UTC);
      int m = t.getMonthValue() - 1;
      sum[m][t.getHour()] += site.grid().intensityAt(h);
      count[m][t.getHour()]++;
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double[][] mean = new double[12][24];
    for (int m = 0; m < 12; m++) {
      for (int h = 0; h < 24; h++) {
        mean[m][h] = count[m][h] > 0 ? sum[m][h] / count[m][h] : 0;
        min = Math.min(min, mean[m][h]);
        max = Math.max(max, mean[m][h]);
      }
    }
    int cell = 28;
    int left = 50;
    int top = 40;
    int width = left + 24 * cell + 120;
    int height = top + 12 * cell + 40;
    StringBuilder b = svgOpen(width, height);
    b.append(
        text(left, 24, 15, "bold", "Mean grid intensity, " + s.zone() + " (gCO2e/kWh), UTC hour"));
    String[] months = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };
    for (int m = 0; m < 12; m++) {
      b.append(text(8, top + m * cell + 18, 11, "normal", months[m]));
      for (int h = 0; h < 24; h++) {
        double x = max > min ? (mean[m][h] - min) / (max - min) : 0.5;
        b.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"cell\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                    + "<title>%s %02d:00 %.0f gCO2e/kWh</title></rect>\n",
                left + h * cell,
                top + m * cell,
                cell - 1,
                cell - 1,
                ramp(x),
                months[m],
                h,
                mean[m][h]));
      }
    }
    for (int h = 0; h < 24; h += 3) {
      b.append(text(left + h * cell + 4, top + 12 * cell + 16, 11, "normal", String.valueOf(h)));
    }
    int lx = left + 24 * cell + 20;
    for (int i = 0; i <= 10; i++) {
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"20\" height=\"%d\" fill=\"%s\"/>\n",
              lx,
              top + (10 - i) * 30,
              30,
              ramp(i / 10.0)));
    }
    b.append(text(lx + 26, top + 12, 11, "normal", PlanHtmlWriter.fmt("%.0f", max)));
    b.append(text(lx + 26, top + 10 * 30 + 26, 11, "normal", PlanHtmlWriter.fmt("%.0f", min)));
    return b.append("</svg>\n").toString();
  }

  /** Horizontal stacked bars: each site's capacity by technology (and storage power). */
  static String capacityMix(List<SiteSupply> sites) {
    Set<String> techs = new LinkedHashSet<>();
    double max = 0;
    for (SiteSupply s : sites) {
      techs.addAll(s.capacity_MW().keySet());
      s.storagePower_MW().keySet().forEach(k -> techs.add(k + " (power)"));
      double total =
          s.capacity_MW().values().stream().mapToDouble(Double::doubleValue).sum()
              + s.storagePower_MW().values().stream().mapToDouble(Double::doubleValue).sum();
      max = Math.max(max, total);
    }
    max = max > 0 ? max : 1;
    int left = 170;
    int plot = 560;
    int rowH = 40;
    int top = 40;
    int width = left + plot + 220;
    int height = Math.max(top + sites.size() * rowH + 50, top + techs.size() * 18 + 20);
    StringBuilder b = svgOpen(width, height);
    b.append(text(10, 24, 15, "bold", "Capacity by technology (MW)"));
    List<String> order = new ArrayList<>(techs);
    for (int i = 0; i < sites.size(); i++) {
      SiteSupply s = sites.get(i);
      int y = top + i * rowH;
      b.append(text(10, y + 22, 12, "normal", s.site()));
      double x = left;
      for (int k = 0; k < order.size(); k++) {
        String t = order.get(k);
        double v =
            t.endsWith(" (power)")
                ? s.storagePower_MW().getOrDefault(t.substring(0, t.length() - 8), 0.0)
                : s.capacity_MW().getOrDefault(t, 0.0);
        double w = v / max * plot;
        if (w > 0.05) {
          b.append(
              String.format(
                  Locale.ROOT,
                  "<rect class=\"bar\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\""
                      + " fill=\"%s\"><title>%s: %.0f MW</title></rect>\n",
                  x,
                  y + 6,
                  w,
                  rowH - 12,
                  PALETTE[k % PALETTE.length],
                  PlanHtmlWriter.esc(t),
                  v));
          x += w;
        }
      }
    }
    b.append(
        text(
            left,
            top + sites.size() * rowH + 20,
            11,
            "normal",
            "0 to " + PlanHtmlWriter.fmt("%,.0f", max) + " MW"));
    int lx = left + plot + 20;
    for (int k = 0; k < order.size(); k++) {
      b.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>\n",
              lx,
              top + k * 18,
              PALETTE[k % PALETTE.length]));
      b.append(text(lx + 18, top + k * 18 + 11, 11, "normal", order.get(k)));
    }
    return b.append("</svg>\n").toString();
  }

  /** Scatter of yearly cost (x) against location-based carbon (y); Pareto sites filled. */
  static String pareto(PlanResult r, Set<String> paretoSet) {
    int left = 90;
    int top = 40;
    int plotW = 600;
    int plotH = 320;
    int width = left + plotW + 200;
    int height = top + plotH + 60;
    double maxX = 0;
    double maxY = 0;
    for (SiteSupply s : r.supply()) {
      maxX = Math.max(maxX, s.metrics().totalCost_USD() / 1e6);
      maxY = Math.max(maxY, s.metrics().emissionsLocation_tCO2e());
    }
    maxX = maxX > 0 ? maxX * 1.1 : 1;
    maxY = maxY > 0 ? maxY * 1.1 : 1;
    StringBuilder b = svgOpen(width, height);
    b.append(text(10, 24, 15, "bold", "Yearly cost (M USD) against location-based carbon (tCO2e)"));
    b.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>\n"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>\n",
            left,
            top + plotH,
            left + plotW,
            top + plotH,
            left,
            top,
            left,
            top + plotH));
    b.append(
        text(
            left + plotW - 60,
            top + plotH + 36,
            11,
            "normal",
            PlanHtmlWriter.fmt("%.0f", maxX) + " M USD"));
    b.append(text(left - 80, top + 10, 11, "normal", PlanHtmlWriter.fmt("%,.0f", maxY) + " t"));
    b.append(text(left - 20, top + plotH + 16, 11, "normal", "0"));
    for (int i = 0; i < r.supply().size(); i++) {
      SiteSupply s = r.supply().get(i);
      double x = left + s.metrics().totalCost_USD() / 1e6 / maxX * plotW;
      double y = top + plotH - s.metrics().emissionsLocation_tCO2e() / maxY * plotH;
      boolean p = paretoSet.contains(s.site());
      String colour = PALETTE[i % PALETTE.length];
      b.append(
          String.format(
              Locale.ROOT,
              "<circle class=\"point%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"8\" fill=\"%s\" stroke=\"%s\""
                  + " stroke-width=\"2\"><title>%s</title></circle>\n",
              p ? " pareto" : "",
              x,
              y,
              p ? colour : "#fff",
              colour,
              PlanHtmlWriter.esc(s.site())));
      b.append(text((int) x + 12, (int) y + 4, 12, "normal", s.site()));
    }
    return b.append("</svg>\n").toString();
  }

  private static String ramp(double x) {
    // Green (low) through yellow to red (high).
    double t = Math.max(0, Math.min(1, x));
    int r = (int) Math.round(t < 0.5 ? 60 + 390 * t : 255);
    int g = (int) Math.round(t < 0.5 ? 170 + 40 * t : 190 - 300 * (t - 0.5));
    int bl = (int) Math.round(t < 0.5 ? 90 - 80 * t : 50 - 40 * (t - 0.5));
    return String.format(
        Locale.ROOT,
        "#%02x%02x%02x",
        Math.min(255, r),
        Math.max(0, Math.min(255, g)),
        Math.max(0, bl));
  }

  private static StringBuilder svgOpen(int width, int height) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d"
                + " %d\" font-family=\"sans-serif\">\n<rect width=\"100%%\" height=\"100%%\""
                + " fill=\"#fff\"/>\n",
            width,
            height,
            width,
            height));
    return b;
  }

  private static String text(int x, int y, int size, String weight, String s) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" font-size=\"%d\" font-weight=\"%s\">%s</text>\n",
        x,
        y,
        size,
        weight,
        PlanHtmlWriter.esc(s));
  }
}
