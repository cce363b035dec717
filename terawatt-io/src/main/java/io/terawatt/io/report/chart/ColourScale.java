package io.terawatt.io.report.chart;

import java.util.List;

/**
 * How values become colours in a heat map: linear from {@code min} to {@code max} through evenly
 * spaced colour stops.
 *
 * @param min value drawn with the first stop
 * @param max value drawn with the last stop
 * @param unit unit of the values
 * @param stops colours ({@code #rrggbb}), low to high; at least two
 */
public record ColourScale(double min, double max, String unit, List<String> stops) {
  /** Checks the stops, and copies. */
  public ColourScale {
    stops = List.copyOf(stops);
    if (stops.size() < 2) {
      throw new IllegalArgumentException("A colour scale needs at least two stops.");
    }
  }

  /** The colour of a value: stops interpolated linearly, values outside drawn as the ends. */
  public String colourOf(double v) {
    double t = max > min ? (v - min) / (max - min) : 0.5;
    t = Math.max(0, Math.min(1, t));
    double pos = t * (stops.size() - 1);
    int i = Math.min(stops.size() - 2, (int) Math.floor(pos));
    return mix(stops.get(i), stops.get(i + 1), pos - i);
  }

  private static String mix(String a, String b, double f) {
    int ca = Integer.parseInt(a.substring(1), 16);
    int cb = Integer.parseInt(b.substring(1), 16);
    int out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
      int x = (ca >> shift) & 0xff;
      int y = (cb >> shift) & 0xff;
      out |= ((int) Math.round(x + (y - x) * f)) << shift;
    }
    return String.format("#%06x", out);
  }
}
