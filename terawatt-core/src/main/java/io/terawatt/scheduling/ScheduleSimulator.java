package io.terawatt.scheduling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs a policy over every job of a problem, hour by hour, with capacity limits, and measures the
 * result on the actual intensity.
 *
 * <p>Hours after the simulated period (where capacity pushes late work) have no known intensity;
 * they are charged at the region's mean intensity and price over the period, and such jobs count as
 * missing their deadline.
 */
public final class ScheduleSimulator {
  private static final int EXTRA_HOURS = 24 * 14;

  private final SchedulingProblem problem;
  private final double[] meanIntensity;
  private final double[] meanPrice;

  /** A simulator for {@code problem}. */
  public ScheduleSimulator(SchedulingProblem problem) {
    this.problem = problem;
    int n = problem.regionCount();
    meanIntensity = new double[n];
    meanPrice = new double[n];
    for (int r = 0; r < n; r++) {
      for (int h = 0; h < problem.hours(); h++) {
        meanIntensity[r] += problem.intensityAt(r, h) / problem.hours();
        meanPrice[r] += problem.priceAt(r, h) / problem.hours();
      }
    }
  }

  /** Runs {@code policy} with what {@code view} lets it know. */
  public ScheduleResult run(SchedulingPolicy policy, IntensityView view) {
    return run(policy, view, h -> {});
  }

  /**
   * Runs {@code policy}, reporting each simulated day's last hour to {@code progress}.
   *
   * @throws IllegalArgumentException when the oracle is given a forecast view, or an online policy
   *     the actual future
   */
  public ScheduleResult run(SchedulingPolicy policy, IntensityView view, IntConsumer progress) {
    if (policy.needsPerfectInformation() != view.isPerfect()) {
      throw new IllegalArgumentException(
          policy.name()
              + (view.isPerfect()
                  ? " is an online policy and must not see the actual future"
                  : " needs the actual intensity, not forecasts"));
    }
    List<BatchJob> jobs = problem.jobs();
    int n = jobs.size();
    int maxSlots = 0;
    for (BatchJob j : jobs) {
      maxSlots = Math.max(maxSlots, j.slots());
    }
    CapacityLedger ledger = new CapacityLedger(problem, EXTRA_HOURS + 2 * maxSlots);
    DecisionContext ctx = new DecisionContext(problem, view, ledger);
    Outcome out = new Outcome(policy.name(), n);
    List<Pending> waiting = new ArrayList<>();
    int next = 0;
    int lastHour = Math.min(ledger.hours(), problem.hours() + EXTRA_HOURS + 2 * maxSlots);
    for (int h = 0; h < lastHour && (next < n || !waiting.isEmpty()); h++) {
      while (next < n && jobs.get(next).arrivalHour() == h) {
        Pending p = new Pending(next, jobs.get(next), problem.deadlineHour(jobs.get(next)));
        if (policy.decidesEveryHour()) {
          waiting.add(p);
        } else {
          prepare(ctx, p, h);
          Placement placement = policy.place(ctx);
          if (placement.isWait()) {
            placement = ctx.earliest();
          }
          if (placement.isWait()) {
            waiting.add(p);
          } else {
            commitAll(p, placement, ledger, out);
          }
        }
        next++;
      }
      if (!waiting.isEmpty()) {
        waiting.sort(
            Comparator.comparingInt((Pending p) -> p.deadline).thenComparingInt(p -> p.index));
        int keep = 0;
        for (Pending p : waiting) {
          release(p, ledger);
          prepare(ctx, p, h);
          Placement placement = policy.decidesEveryHour() ? policy.place(ctx) : ctx.earliest();
          boolean done = false;
          if (!placement.isWait() && placement.firstSlot() == h) {
            if (p.job.interruptible() && policy.decidesEveryHour()) {
              done = commitOne(p, placement.region(), h, ledger, out);
              if (!done) {
                hold(p, placement, 1, ledger);
              }
            } else {
              commitAll(p, placement, ledger, out);
              done = true;
            }
          } else if (!placement.isWait() && !policy.decidesEveryHour()) {
            commitAll(p, placement, ledger, out);
            done = true;
          } else if (!placement.isWait()) {
            hold(p, placement, 0, ledger);
          }
          if (!done) {
            waiting.set(keep++, p);
          }
        }
        waiting.subList(keep, waiting.size()).clear();
      }
      if (h % 24 == 23) {
        progress.accept(h);
      }
    }
    for (Pending p : waiting) {
      // Could not be placed within the ledger: count as missed, charged at the home mean.
      int r = problem.homeRegion(p.index);
      out.region[p.index] = r;
      out.start[p.index] = lastHour;
      out.finish[p.index] = lastHour;
      charge(p, r, lastHour, p.remaining - 1 + p.lastFraction, out);
      out.missed[p.index] = true;
    }
    return out.toResult();
  }

  /**
   * Reserves the rest of a placement (from slot index {@code from}) for a job that waits, so that
   * the capacity is still there when the hour comes; the job re-plans from it next hour.
   */
  private static void hold(Pending p, Placement placement, int from, CapacityLedger ledger) {
    int[] slots = placement.slots();
    p.heldRegion = placement.region();
    p.held = Arrays.copyOfRange(slots, from, slots.length);
    for (int h : p.held) {
      ledger.commit(p.heldRegion, h, p.job.power_kW());
    }
  }

  private static void release(Pending p, CapacityLedger ledger) {
    if (p.held != null) {
      for (int h : p.held) {
        ledger.release(p.heldRegion, h, p.job.power_kW());
      }
      p.held = null;
    }
  }

  private void prepare(DecisionContext ctx, Pending p, int now) {
    ctx.job = p.job;
    ctx.jobIndex = p.index;
    ctx.now = now;
    ctx.remainingSlots = p.remaining;
    ctx.lastFraction = p.lastFraction;
    ctx.deadline = p.deadline;
    ctx.pinnedRegion = p.region;
  }

  private void commitAll(Pending p, Placement placement, CapacityLedger ledger, Outcome out) {
    int r = placement.region();
    int[] slots = placement.slots();
    for (int k = 0; k < slots.length; k++) {
      double fraction = k == slots.length - 1 ? p.lastFraction : 1;
      run(p, r, slots[k], fraction, ledger, out);
    }
    finish(p, out);
  }

  /** Runs one hour of an interruptible job; true when it has finished. */
  private boolean commitOne(Pending p, int r, int h, CapacityLedger ledger, Outcome out) {
    double fraction = p.remaining == 1 ? p.lastFraction : 1;
    run(p, r, h, fraction, ledger, out);
    p.remaining--;
    if (p.remaining == 0) {
      finish(p, out);
      return true;
    }
    return false;
  }

  private void run(Pending p, int r, int h, double fraction, CapacityLedger ledger, Outcome out) {
    ledger.commit(r, h, p.job.power_kW());
    if (p.region < 0) {
      p.region = r;
      out.region[p.index] = r;
      out.start[p.index] = h;
      if (r != problem.homeRegion(p.index) && p.job.data_GB() > 0) {
        chargeEnergy(p, r, p.job.arrivalHour(), DataMigration.energy_kWh(p.job.data_GB()), out);
      }
    }
    double hours = fraction;
    if (p.lastRun >= 0 && h != p.lastRun + 1) {
      out.interruptions[p.index]++;
      hours += p.job.restoreOverhead_h();
    }
    p.lastRun = h;
    charge(p, r, h, hours, out);
  }

  private void charge(Pending p, int r, int h, double hours, Outcome out) {
    chargeEnergy(p, r, h, p.job.power_kW() * hours * problem.regions().get(r).pue(), out);
  }

  private void chargeEnergy(Pending p, int r, int h, double kWh, Outcome out) {
    double intensity = h < problem.hours() ? problem.intensityAt(r, h) : meanIntensity[r];
    double price = h < problem.hours() ? problem.priceAt(r, h) : meanPrice[r];
    out.energy[p.index] += kWh;
    out.emissions[p.index] += kWh * intensity / 1000.0;
    out.cost[p.index] += kWh / 1000.0 * price;
  }

  private void finish(Pending p, Outcome out) {
    out.finish[p.index] = p.lastRun + 1;
    out.missed[p.index] = p.lastRun + 1 > p.job.deadlineHour() || p.lastRun + 1 > problem.hours();
  }

  /** A job that has arrived and not finished. */
  private static final class Pending {
    final int index;
    final BatchJob job;
    final int deadline;
    int remaining;
    final double lastFraction;
    int region = -1;
    int lastRun = -1;
    int[] held;
    int heldRegion = -1;

    Pending(int index, BatchJob job, int deadline) {
      this.index = index;
      this.job = job;
      this.deadline = deadline;
      this.remaining = job.slots();
      this.lastFraction = job.lastSlotFraction();
    }
  }

  /** Per-job accumulators. */
  private static final class Outcome {
    final String policy;
    final int[] region;
    final int[] start;
    final int[] finish;
    final double[] emissions;
    final double[] energy;
    final double[] cost;
    final boolean[] missed;
    final int[] interruptions;

    Outcome(String policy, int n) {
      this.policy = policy;
      region = new int[n];
      start = new int[n];
      finish = new int[n];
      emissions = new double[n];
      energy = new double[n];
      cost = new double[n];
      missed = new boolean[n];
      interruptions = new int[n];
      Arrays.fill(region, -1);
    }

    ScheduleResult toResult() {
      return new ScheduleResult(
          policy, region, start, finish, emissions, energy, cost, missed, interruptions);
    }
  }
}
