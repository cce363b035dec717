package io.terawatt.ethics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order one method or lens gives the options, best first, with each option's score (the score's
 * meaning depends on the method; higher is better).
 *
 * @param method method or lens name, for example {@code maximin}
 * @param bestFirst option names, best first
 * @param scores option name to score
 */
public record Ranking(String method, List<String> bestFirst, Map<String, Double> scores) {

  /** Copies the parts. */
  public Ranking {
    bestFirst = List.copyOf(bestFirst);
    scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
  }

  /**
   * Orders options by score (higher first), ties broken by each {@code tieBreaks} array in turn
   * (higher first), then by input order. Values are compared after rounding to 1e-9, so that values
   * equal up to rounding error count as ties.
   */
  public static Ranking byScore(
      String method, String[] names, double[] score, double[]... tieBreaks) {
    Integer[] idx = new Integer[names.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(
        idx,
        (a, b) -> {
          int c = Long.compare(quantise(score[b]), quantise(score[a]));
          if (c != 0) {
            return c;
          }
          for (double[] t : tieBreaks) {
            c = Long.compare(quantise(t[b]), quantise(t[a]));
            if (c != 0) {
              return c;
            }
          }
          return Integer.compare(a, b);
        });
    List<String> order = new ArrayList<>();
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int i : idx) {
      order.add(names[i]);
    }
    for (int i = 0; i < names.length; i++) {
      scores.put(names[i], score[i]);
    }
    return new Ranking(method, order, scores);
  }

  /** Rounds a score to 1e-9 for tie detection. */
  public static long quantise(double v) {
    return Math.round(v * 1e9);
  }

  /** The 0-based position of an option. */
  public int position(String option) {
    return bestFirst.indexOf(option);
  }

  /** Whether this ranking places {@code a} above {@code b}. */
  public boolean prefers(String a, String b) {
    return position(a) < position(b);
  }
}
