package io.terawatt.scheduling.query;

import io.terawatt.grid.SignalSeries;
import io.terawatt.scheduling.EmissionsRating;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The three building blocks of the Carbon Aware SDK queries on one location's signal: its points in
 * a range, its rolling windows, and the minima of a list of ratings. One gap rule for all: a rating
 * that touches a gap (or a point outside the data) is left out, never filled or averaged around.
 * One tie rule: every rating equal to the minimum is optimal, in the given order.
 */
public final class Ratings {
  private Ratings() {}

  /**
   * One rating per point of {@code s} that overlaps {@code [from, to)} (the point containing {@code
   * from} when {@code to} is not after it), in time order. With a zero {@code duration} a point is
   * rated by its own value over its own length; with a positive one, by the time-weighted mean over
   * {@code [start, start + duration)}, which then needs data up to there.
   */
  public static List<EmissionsRating> points(
      SignalSeries s, Instant from, Instant to, Duration duration) {
    long first = Math.max(0, s.indexOf(from));
    long end = Math.min(s.size(), to.isAfter(from) ? s.firstIndexFrom(to) : s.indexOf(from) + 1);
    List<EmissionsRating> out = new ArrayList<>();
    for (long i = first; i < end; i++) {
      Instant t = s.timeAt(i);
      boolean own = duration.isZero();
      double v = own ? s.valueAt(i) : s.meanOver(t, t.plus(duration));
      if (!Double.isNaN(v)) {
        out.add(new EmissionsRating(s.location(), t, own ? s.resolution() : duration, v));
      }
    }
    return out;
  }

  /**
   * Rolling windows of {@code window}: one starting at every point of {@code s} that starts at or
   * after {@code lo}, as long as the window ends at or before {@code hi}; each rated by its
   * time-weighted mean. Windows that touch a gap or reach past the data are left out.
   */
  public static List<EmissionsRating> windows(
      SignalSeries s, Instant lo, Instant hi, Duration window) {
    List<EmissionsRating> out = new ArrayList<>();
    for (long i = Math.max(0, s.firstIndexFrom(lo)); i < s.size(); i++) {
      Instant t = s.timeAt(i);
      if (t.plus(window).isAfter(hi)) {
        break;
      }
      double v = s.meanOver(t, t.plus(window));
      if (!Double.isNaN(v)) {
        out.add(new EmissionsRating(s.location(), t, window, v));
      }
    }
    return out;
  }

  /**
   * Every rating equal to the lowest, in the order given (the SDK returns every minimum as an
   * optimal point); empty for no ratings. Equality is exact.
   */
  public static List<EmissionsRating> minima(List<EmissionsRating> ratings) {
    List<EmissionsRating> best = new ArrayList<>();
    double min = Double.POSITIVE_INFINITY;
    for (EmissionsRating r : ratings) {
      if (r.rating_gCO2e_per_kWh() < min) {
        min = r.rating_gCO2e_per_kWh();
        best.clear();
        best.add(r);
      } else if (r.rating_gCO2e_per_kWh() == min) {
        best.add(r);
      }
    }
    return best;
  }
}
