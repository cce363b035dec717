package io.terawatt.outlook.projection;

/** The outlook's years: 2024 (the calibrated baseline) to 2050. */
public final class Years {
  /** First year, the baseline. */
  public static final int FIRST = 2024;

  /** Last year. */
  public static final int LAST = 2050;

  /** Number of years, {@value}. */
  public static final int COUNT = LAST - FIRST + 1;

  private Years() {}

  /** The years as an array. */
  public static int[] all() {
    int[] y = new int[COUNT];
    for (int i = 0; i < COUNT; i++) {
      y[i] = FIRST + i;
    }
    return y;
  }

  /** Index of a year in the yearly arrays. */
  public static int index(int year) {
    if (year < FIRST || year > LAST) {
      throw new IllegalArgumentException("The outlook covers 2024 to 2050, not " + year + ".");
    }
    return year - FIRST;
  }
}
