package io.terawatt.cli.plan;

import io.terawatt.plan.PlanProgress;
import java.io.PrintWriter;
import java.util.Locale;

/** One progress bar per stage on stderr, redrawn in place; a finished stage keeps its line. */
final class ProgressBars implements PlanProgress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final long start = System.nanoTime();
  private String stage = "";
  private int shown = -1;
  private long stageStart = System.nanoTime();

  ProgressBars(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void update(String name, double fraction) {
    if (!name.equals(stage)) {
      stage = name;
      shown = -1;
      stageStart = System.nanoTime();
    }
    int percent = (int) Math.floor(100 * Math.max(0, Math.min(1, fraction)));
    if (percent == shown) {
      return;
    }
    shown = percent;
    int filled = percent * WIDTH / 100;
    String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
    err.print(
        String.format(
            Locale.ROOT,
            "\r%-10s [%s] %3d%%  %5.1f s",
            name,
            bar,
            percent,
            (System.nanoTime() - stageStart) / 1e9));
    if (percent == 100) {
      err.println();
    }
    err.flush();
  }

  /** Seconds since the bars were created. */
  double elapsed_s() {
    return (System.nanoTime() - start) / 1e9;
  }
}
