package io.terawatt.ethics;

import io.terawatt.ethics.lens.LensInput;
import io.terawatt.ethics.lens.MaximinLens;
import io.terawatt.ethics.lens.SufficientarianLens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds pairs the rankings disagree on and explains them. For a pair (a, b) each indicator j
 * contributes {@code c_j = w_j (n_aj - n_bj)} to the weighted-sum difference (w the
 * stakeholder-mean weights, n the normalised values); the drivers are the two largest contributions
 * on each side. The explanation states the raw values and ratios of the drivers, which lenses
 * prefer which option, why maximin or sufficientarian side as they do, and what would resolve the
 * dilemma: the change in the trailing option's worst driver (normalisation ranges held fixed) or
 * the weight on its best driver at which the weighted sum would flip.
 */
public final class DilemmaFinder {
  private DilemmaFinder() {}

  /** Every disagreeing pair, most balanced disagreements first. */
  public static List<Dilemma> find(LensInput in, Map<String, Ranking> rankings) {
    PerformanceTable t = in.table();
    double[] w = in.problem().indicatorWeights();
    Ranking reference = rankings.get("weighted-sum");
    List<Dilemma> out = new ArrayList<>();
    for (int x = 0; x < t.optionCount(); x++) {
      for (int y = x + 1; y < t.optionCount(); y++) {
        String nx = t.option(x);
        String ny = t.option(y);
        List<String> forX = new ArrayList<>();
        List<String> forY = new ArrayList<>();
        for (Ranking r : rankings.values()) {
          (r.prefers(nx, ny) ? forX : forY).add(r.method());
        }
        if (forX.isEmpty() || forY.isEmpty()) {
          continue;
        }
        boolean xFirst = reference == null ? forX.size() >= forY.size() : reference.prefers(nx, ny);
        int a = xFirst ? x : y;
        int b = xFirst ? y : x;
        out.add(explain(in, w, a, b, xFirst ? forX : forY, xFirst ? forY : forX));
      }
    }
    out.sort(
        Comparator.comparingInt(
                (Dilemma d) -> -Math.min(d.lensesForA().size(), d.lensesForB().size()))
            .thenComparing(Dilemma::a)
            .thenComparing(Dilemma::b));
    return out;
  }

  private static Dilemma explain(
      LensInput in, double[] w, int a, int b, List<String> forA, List<String> forB) {
    PerformanceTable t = in.table();
    int m = t.indicatorCount();
    double[] c = new double[m];
    for (int j = 0; j < m; j++) {
      c[j] = w[j] * (in.normalised(a, j) - in.normalised(b, j));
    }
    List<Integer> favourA = sided(c, true);
    List<Integer> favourB = sided(c, false);
    List<Integer> drivers = new ArrayList<>();
    drivers.addAll(favourA.subList(0, Math.min(2, favourA.size())));
    drivers.addAll(favourB.subList(0, Math.min(2, favourB.size())));
    drivers.sort(Comparator.comparingDouble((Integer j) -> -Math.abs(c[j])));
    String na = t.option(a);
    String nb = t.option(b);
    StringBuilder s = new StringBuilder();
    if (!favourA.isEmpty()) {
      s.append(na).append(' ').append(compare(t, favourA.get(0), a, b));
    } else {
      s.append(na).append(" is nowhere better than ").append(nb);
    }
    if (!favourB.isEmpty()) {
      s.append(", but ").append(compare(t, favourB.get(0), a, b));
    }
    s.append(". ");
    s.append(lensList(forA)).append(' ').append(verb(forA)).append(' ').append(na);
    s.append("; ").append(lensList(forB)).append(' ').append(verb(forB)).append(' ').append(nb);
    s.append(". ");
    s.append(reasons(in, a, b, forA, forB));
    s.append(resolution(in, w, a, b, favourA, favourB));
    List<String> names = drivers.stream().map(t::indicator).toList();
    return new Dilemma(na, nb, forA, forB, names, s.toString().trim());
  }

  /** Indicators favouring a (positive c) or b (negative c), largest magnitude first. */
  private static List<Integer> sided(double[] c, boolean positive) {
    List<Integer> l = new ArrayList<>();
    for (int j = 0; j < c.length; j++) {
      if (positive ? c[j] > 1e-12 : c[j] < -1e-12) {
        l.add(j);
      }
    }
    l.sort(Comparator.comparingDouble((Integer j) -> -Math.abs(c[j])));
    return l;
  }

  /** "emits 3.1× less carbon_location_tCO2e (x vs y unit)" from a's point of view. */
  private static String compare(PerformanceTable t, int j, int a, int b) {
    double va = t.value(a, j);
    double vb = t.value(b, j);
    boolean less = va < vb;
    String ratio;
    double lo = Math.min(Math.abs(va), Math.abs(vb));
    double hi = Math.max(Math.abs(va), Math.abs(vb));
    if (lo > 0 && Math.signum(va) == Math.signum(vb)) {
      ratio = fmt(hi / lo) + "× " + (less ? "less" : "more");
    } else {
      ratio = less ? "less" : "more";
    }
    return "has " + ratio + " " + t.indicator(j) + " (" + fmt(va) + " against " + fmt(vb) + ")";
  }

  private static String reasons(LensInput in, int a, int b, List<String> forA, List<String> forB) {
    StringBuilder s = new StringBuilder();
    PerformanceTable t = in.table();
    String[] stakeholders = in.problem().stakeholderNames();
    for (String lens : List.of("maximin", "leximin")) {
      boolean onA = forA.contains(lens);
      if (!onA && !forB.contains(lens)) {
        continue;
      }
      int win = onA ? a : b;
      int lose = onA ? b : a;
      int worst = MaximinLens.worstOffStakeholder(in, lose);
      int worstWin = MaximinLens.worstOffStakeholder(in, win);
      double uLose = in.stakeholderScore(lose, worst);
      double uWin = in.stakeholderScore(win, worstWin);
      if (io.terawatt.ethics.Ranking.quantise(uLose) == io.terawatt.ethics.Ranking.quantise(uWin)) {
        s.append(capital(lens))
            .append(" finds the worst-off group equally badly off under both (")
            .append(stakeholders[worst])
            .append(" and ")
            .append(stakeholders[worstWin])
            .append(" score ")
            .append(fmt(uLose))
            .append(") and decides on the ")
            .append(lens.equals("maximin") ? "total" : "next worst-off groups")
            .append(", which favour ")
            .append(t.option(win))
            .append(". ");
        break;
      }
      s.append(capital(lens))
          .append(" prefers ")
          .append(t.option(win))
          .append(" because under ")
          .append(t.option(lose))
          .append(" the worst-off group, ")
          .append(stakeholders[worst])
          .append(", scores ")
          .append(fmt(in.stakeholderScore(lose, worst)))
          .append(" (0 worst, 1 best), while the worst-off under ")
          .append(t.option(win))
          .append(", ")
          .append(stakeholders[worstWin])
          .append(", scores ")
          .append(fmt(in.stakeholderScore(win, worstWin)))
          .append(". ");
      break;
    }
    if (forA.contains("sufficientarian") != forB.contains("sufficientarian")) {
      int win = forA.contains("sufficientarian") ? a : b;
      int lose = win == a ? b : a;
      double cl = SufficientarianLens.crossing(in, lose);
      double cw = SufficientarianLens.crossing(in, win);
      if (cl > cw) {
        s.append("Sufficientarian prefers ")
            .append(t.option(win))
            .append(" because ")
            .append(t.option(lose))
            .append(" crosses ")
            .append(crossed(in, lose))
            .append(". ");
      }
    }
    return s.toString();
  }

  private static String crossed(LensInput in, int i) {
    List<String> parts = new ArrayList<>();
    for (Threshold th : in.problem().thresholds()) {
      int j = in.problem().indicatorIndex(th.indicator());
      double v = in.table().value(i, j);
      if (th.relativeCrossing(v) > 0) {
        parts.add(
            "the limit "
                + th.indicator()
                + (th.bound() == Threshold.Bound.MAX ? " <= " : " >= ")
                + fmt(th.value())
                + " (it has "
                + fmt(v)
                + ")");
      }
    }
    return String.join(" and ", parts);
  }

  private static String resolution(
      LensInput in, double[] w, int a, int b, List<Integer> favourA, List<Integer> favourB) {
    PerformanceTable t = in.table();
    double[][] n = in.normalisedMatrix();
    double sa = 0;
    double sb = 0;
    for (int j = 0; j < w.length; j++) {
      sa += w[j] * n[a][j];
      sb += w[j] * n[b][j];
    }
    int win = sa >= sb ? a : b;
    int lose = win == a ? b : a;
    List<Integer> against = win == a ? favourA : favourB;
    List<Integer> forLoser = win == a ? favourB : favourA;
    double gap = Math.abs(sa - sb);
    List<String> options = new ArrayList<>();
    if (!against.isEmpty()) {
      int j = against.get(0);
      double need = gap / w[j];
      if (w[j] > 0 && n[lose][j] + need <= 1 + 1e-12) {
        double[] r = t.centralRange(j);
        double delta = need * (r[1] - r[0]);
        double target = t.maximise(j) ? t.value(lose, j) + delta : t.value(lose, j) - delta;
        options.add(
            t.option(lose)
                + "'s "
                + t.indicator(j)
                + " would have to "
                + (t.maximise(j) ? "rise" : "fall")
                + " from "
                + fmt(t.value(lose, j))
                + " to "
                + fmt(target)
                + " (normalisation ranges held fixed)");
      }
    }
    double bestT = Double.NaN;
    int bestJ = -1;
    for (int j : forLoser) {
      double cross = WeightStability.crossover(n[lose], n[win], w, j);
      if (!Double.isNaN(cross) && cross > w[j] && (Double.isNaN(bestT) || cross < bestT)) {
        bestT = cross;
        bestJ = j;
      }
    }
    if (bestJ >= 0) {
      options.add(
          "the weight on "
              + t.indicator(bestJ)
              + " would have to rise from "
              + pct(w[bestJ])
              + " to "
              + pct(bestT)
              + " (others rescaled)");
    }
    if (options.isEmpty()) {
      return "No single indicator or weight change makes the weighted sum prefer "
          + t.option(lose)
          + ".";
    }
    return "To resolve: for the weighted sum to prefer "
        + t.option(lose)
        + " over "
        + t.option(win)
        + ", "
        + String.join(", or ", options)
        + ".";
  }

  private static String lensList(List<String> l) {
    if (l.size() == 1) {
      return l.get(0);
    }
    return String.join(", ", l.subList(0, l.size() - 1)) + " and " + l.get(l.size() - 1);
  }

  private static String verb(List<String> l) {
    return l.size() == 1 ? "prefers" : "prefer";
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", v * 100);
  }

  /** Three significant digits, plain where sensible. */
  static String fmt(double v) {
    if (v == 0) {
      return "0";
    }
    double a = Math.abs(v);
    if (a >= 1e6 || a < 1e-3) {
      return String.format(Locale.ROOT, "%.3g", v);
    }
    java.math.BigDecimal bd = new java.math.BigDecimal(v).round(new java.math.MathContext(3));
    return bd.stripTrailingZeros().toPlainString();
  }
}
