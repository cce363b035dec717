package io.terawatt.ethics.lens;

import io.terawatt.ethics.Ranking;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Leximin: compare the stakeholder scores sorted ascending, lexicographically — worst-off first,
 * then second worst-off, and so on (Sen, A. (1970), <i>Collective Choice and Social Welfare</i>;
 * d'Aspremont, C. &amp; Gevers, L. (1977), "Equity and the informational basis of collective
 * choice", Review of Economic Studies 44(2):199-209). Scores compared after rounding to 1e-9; full
 * ties go to the unweighted mean. The reported score is the worst-off stakeholder's score.
 */
public final class LeximinLens implements Lens {
  @Override
  public String name() {
    return "leximin";
  }

  @Override
  public Ranking rank(LensInput in) {
    int n = in.table().optionCount();
    long[][] sorted = new long[n][];
    double[] mean = in.tieBreak();
    for (int i = 0; i < n; i++) {
      double[] u = new double[in.stakeholderCount()];
      for (int s = 0; s < u.length; s++) {
        u[s] = in.stakeholderScore(i, s);
      }
      Arrays.sort(u);
      sorted[i] = new long[u.length];
      for (int s = 0; s < u.length; s++) {
        sorted[i][s] = Ranking.quantise(u[s]);
      }
    }
    Integer[] idx = new Integer[n];
    for (int i = 0; i < n; i++) {
      idx[i] = i;
    }
    Arrays.sort(
        idx,
        (a, b) -> {
          int c = Arrays.compare(sorted[b], sorted[a]);
          if (c != 0) {
            return c;
          }
          c = Long.compare(Ranking.quantise(mean[b]), Ranking.quantise(mean[a]));
          return c != 0 ? c : Integer.compare(a, b);
        });
    List<String> order = new ArrayList<>();
    for (int i : idx) {
      order.add(in.table().option(i));
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      scores.put(in.table().option(i), MaximinLens.worstOff(in, i));
    }
    return new Ranking(name(), order, scores);
  }
}
