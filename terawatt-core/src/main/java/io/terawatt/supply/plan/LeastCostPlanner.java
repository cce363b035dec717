package io.terawatt.supply.plan;

import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.HourlyFlows;
import io.terawatt.supply.StorageOption;
import io.terawatt.supply.SupplyMetrics;
import io.terawatt.supply.SupplySite;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * Least-cost capacity expansion and dispatch of one site over all of its hours, as one linear
 * programme.
 *
 * <h2>Formulation</h2>
 *
 * <p>Indices: generators g, storage options s, hours h = 0..n−1. Power in MW; an hour's energy in
 * MWh equals its average MW.
 *
 * <p>Variables:
 *
 * <ul>
 *   <li>{@code cap_g ∈ [existing_g, max_g]} (max +∞ when absent);
 *   <li>{@code gen_{g,h} ≥ 0} with {@code gen_{g,h} ≤ availability_{g,h}·cap_g}, for variable and
 *       dispatchable options alike (fixed at 0 where availability is 0). Curtailment of a variable
 *       option is {@code availability·cap − gen};
 *   <li>{@code P_s ∈ [existingPower_s, maxPower_s]}, {@code E_s ≥ existingEnergy_s}, {@code
 *       minDuration_s·P_s ≤ E_s ≤ maxDuration_s·P_s};
 *   <li>{@code charge_{s,h}, discharge_{s,h} ≥ 0}, each {@code ≤ P_s}; {@code soc_{s,h} ∈ [0, E_s]}
 *       (end of hour) with {@code soc_{s,h} = soc_{s,h−1} + √η·charge_{s,h} − discharge_{s,h}/√η},
 *       cyclic: {@code soc_{s,−1} = soc_{s,n−1}};
 *   <li>{@code import_h ∈ [0, importLimit]}, {@code export_h ∈ [0, exportLimit]}, {@code unserved_h
 *       ≥ 0}.
 * </ul>
 *
 * <p>Constraints:
 *
 * <ul>
 *   <li>balance, each hour: {@code Σ_g gen + Σ_s discharge + import + unserved = load + Σ_s charge
 *       + export};
 *   <li>hourly CFE target: {@code cfe_h ≤ load_h}, {@code cfe_h ≤ Σ_{clean g} gen − Σ charge + Σ
 *       discharge − export + carbonFreeShare_h·import} (storage carries carbon-free energy, as in
 *       {@link SupplyMetrics}), {@code Σ_h cfe_h ≥ target·Σ_h load_h}. {@code cfe_h} is free below,
 *       so an hour whose charging and exports exceed its clean supply counts negative: the
 *       programme's score is never above {@link SupplyMetrics#hourlyCfe_pct()}, which clamps each
 *       hour at 0, and a plan that meets the target here meets it there;
 *   <li>annual CFE target: {@code Σ_h Σ_{clean g} gen_{g,h} ≥ target·Σ_h load_h};
 *   <li>emissions cap (location-based, tCO2e): {@code Σ_h import_h·intensity_h/1000 + Σ_{g,h}
 *       gen_{g,h}·direct_g/1000 ≤ cap};
 *   <li>land (km²), the site's limit being land for new capacity: {@code Σ_g (cap_g −
 *       existing_g)·land_g/10⁶ + Σ_s (P_s − existingPower_s)·land_s/10⁶ ≤ limit};
 *   <li>water (m³): {@code Σ_{g,h} gen_{g,h}·water_g/1000 ≤ limit}.
 * </ul>
 *
 * <p>Objective (minimised; in kUSD inside the programme, reported in USD): {@code Σ_g
 * cap_g·annualisedCapacityCost_g + Σ_s (P_s·powerCost_s + E_s·energyCost_s) + Σ_{g,h}
 * gen·variableCost_g + Σ_h import·price_h − Σ_h export·price_h·exportPriceFactor + Σ_h
 * unserved·unservedPenalty}. Capacity costs are per year and are not scaled to the site's number of
 * hours.
 *
 * <h2>Targets out of reach</h2>
 *
 * <p>A target is out of reach when the programme is infeasible, or when meeting it leaves more load
 * unserved than the same site without targets (an emissions cap can always be met by not serving
 * load). The planner then, with the year's unserved energy held at the no-target plan's level:
 *
 * <ol>
 *   <li>minimises emissions, if there is a cap: the best achievable emissions replace the cap when
 *       they exceed it;
 *   <li>maximises the carbon-free score, if there is a target, under the (possibly replaced) cap:
 *       the best achievable score replaces the target when below it;
 *   <li>solves the least-cost programme with the replaced values and returns that plan, each missed
 *       target reported as an {@link Infeasibility} with the limits that bind ({@link
 *       BindingConstraint}).
 * </ol>
 *
 * <p>A site that cannot be planned even without targets (for example existing storage whose energy
 * exceeds its maximum duration at its maximum power) is an input error and throws.
 */
public final class LeastCostPlanner {

  /** Relative tolerance under which a target counts as met. */
  static final double TARGET_TOLERANCE = 1e-7;

  /** A binding limit improves the score by more than this share of it per unit. */
  static final double BINDING_TOLERANCE = 1e-9;

  private final Supplier<LpSolver> solvers;

  /**
   * A planner using the default back end on the class path ({@link LpSolvers#defaultSolver()}).
   *
   * @throws IllegalStateException when no LP back end is on the class path
   */
  public LeastCostPlanner() {
    this(LpSolvers.defaultSolver());
  }

  /**
   * A planner using other solvers.
   *
   * @param solvers makes a fresh, empty solver for each programme
   */
  public LeastCostPlanner(Supplier<LpSolver> solvers) {
    this.solvers = solvers;
  }

  /** Plans the site at least cost under the targets; the MPS text is not kept. */
  public SupplyPlan plan(SupplySite site, PlanTargets targets) {
    return plan(site, targets, false);
  }

  /**
   * Plans the site at least cost under the targets.
   *
   * @param site the site, its existing capacities as lower bounds
   * @param targets carbon-free target and emissions cap
   * @param withMps keep the MPS text of the programme that gives the plan
   * @return the plan; missed targets are reported in {@link SupplyPlan#infeasibilities()}
   * @throws IllegalStateException when the site cannot be planned even without targets, or the
   *     solver fails
   */
  public SupplyPlan plan(SupplySite site, PlanTargets targets, boolean withMps) {
    return plan(site, targets, withMps, HourWeights.UNIFORM);
  }

  /**
   * Plans the site at least cost under the targets, each hour standing for {@code weights} hours of
   * the year (a representative-period programme, see {@link RepresentativeWeeks}): the objective,
   * the CFE and emissions targets and the water and unserved sums weigh each hour; storage cycles
   * within {@link HourWeights#cycle_h()}. Capacity costs stay per year.
   *
   * @param site the site over the programme's hours
   * @param targets carbon-free target and emissions cap, for the weighted year
   * @param withMps keep the MPS text of the programme that gives the plan
   * @param weights the hours' weights and the storage cycle
   * @return the plan; its flows and metrics cover the programme's hours, unweighted, and its
   *     objective is the weighted year's cost
   */
  public SupplyPlan plan(
      SupplySite site, PlanTargets targets, boolean withMps, HourWeights weights) {
    Clock clock = new Clock();
    clock.weights = weights;
    weights.check(site.hours());
    double load = totalLoad(site, weights);
    double unservedTolerance = TARGET_TOLERANCE * load + 1e-9;

    Solution first = solve(clock, site, cost(targets, OptionalDouble.empty(), withMps));
    Solution noTargets = null;
    if (first.status.hasSolution()) {
      double u1 = first.model.unserved_MWh(first.x);
      if (!targets.any() || u1 <= unservedTolerance) {
        return plan(clock, first, List.of());
      }
      noTargets = solve(clock, site, cost(PlanTargets.none(), OptionalDouble.empty(), false));
      if (!noTargets.status.hasSolution()
          || u1 <= noTargets.model.unserved_MWh(noTargets.x) + unservedTolerance) {
        return plan(clock, first, List.of());
      }
    } else if (first.status != LpStatus.INFEASIBLE || !targets.any()) {
      throw new IllegalStateException(
          "The site " + site.name() + " cannot be planned: the solver says " + first.status + ".");
    }
    if (noTargets == null) {
      noTargets = solve(clock, site, cost(PlanTargets.none(), OptionalDouble.empty(), false));
    }
    if (!noTargets.status.hasSolution()) {
      throw new IllegalStateException(
          "The site "
              + site.name()
              + " cannot be planned even without targets: the solver says "
              + noTargets.status
              + ".");
    }
    double u0 = noTargets.model.unserved_MWh(noTargets.x);
    OptionalDouble unservedCap = OptionalDouble.of(u0 * (1 + 1e-9) + 1e-9);

    List<Infeasibility> missed = new ArrayList<>();
    OptionalDouble cap = targets.emissionsCap_tCO2e();
    double bestEmissions = Double.NaN;
    PlanTargets underCap = targets.withCarbonFreeFraction(OptionalDouble.empty());
    if (cap.isPresent()) {
      PlanTargets alone = PlanTargets.none();
      Solution best = solveScore(clock, site, PlanModel.Goal.MIN_EMISSIONS, alone, unservedCap);
      bestEmissions = best.objective;
      if (bestEmissions > cap.getAsDouble() * (1 + TARGET_TOLERANCE) + 1e-9) {
        List<BindingConstraint> binding = binding(best, bestEmissions);
        Solution relaxed =
            solveScore(clock, site, PlanModel.Goal.MIN_EMISSIONS, alone, unservedCap, true);
        if (relaxed.objective > cap.getAsDouble() * (1 + TARGET_TOLERANCE) + 1e-9) {
          binding.add(new BindingConstraint(BindingConstraint.Kind.AVAILABILITY, "", Double.NaN));
        }
        missed.add(
            new Infeasibility(
                Infeasibility.Target.EMISSIONS_CAP, cap.getAsDouble(), bestEmissions, binding));
      }
      underCap = underCap.withEmissionsCap(relaxedCap(cap.getAsDouble(), bestEmissions, 1e-7));
    }
    Optional<Infeasibility.Target> cfeTarget = targets.cfeTarget();
    double fraction = targets.carbonFreeFraction().orElse(0);
    double bestFraction = Double.NaN;
    if (cfeTarget.isPresent()) {
      Solution best = solveScore(clock, site, PlanModel.Goal.MAX_CFE, underCap, unservedCap);
      bestFraction = load > 0 ? best.objective / load : 1;
      if (bestFraction < fraction * (1 - TARGET_TOLERANCE) - 1e-12) {
        List<BindingConstraint> binding = binding(best, best.objective);
        for (int i = 0; i < binding.size(); i++) {
          BindingConstraint b = binding.get(i);
          binding.set(i, new BindingConstraint(b.kind(), b.subject(), b.marginalValue() / load));
        }
        Solution relaxed =
            solveScore(clock, site, PlanModel.Goal.MAX_CFE, underCap, unservedCap, true);
        if (relaxed.objective / load < fraction * (1 - TARGET_TOLERANCE) - 1e-12) {
          binding.add(new BindingConstraint(BindingConstraint.Kind.AVAILABILITY, "", Double.NaN));
        }
        missed.add(new Infeasibility(cfeTarget.get(), fraction, bestFraction, binding));
      }
    }
    // The least-cost plan at the best achievable values. The best values come from solutions
    // that hold within the solver's tolerances, so they are relaxed a little, more if needed.
    Solution last = null;
    for (double slack : new double[] {1e-7, 1e-5, 1e-3}) {
      PlanTargets effective = targets;
      if (cap.isPresent()) {
        effective = effective.withEmissionsCap(relaxedCap(cap.getAsDouble(), bestEmissions, slack));
      }
      if (cfeTarget.isPresent()) {
        effective =
            effective.withCarbonFreeFraction(
                OptionalDouble.of(Math.max(0, Math.min(fraction, bestFraction * (1 - slack)))));
      }
      OptionalDouble servedCap = OptionalDouble.of(u0 * (1 + slack) + slack);
      last = solve(clock, site, cost(effective, servedCap, withMps));
      if (last.status.hasSolution()) {
        break;
      }
    }
    if (!last.status.hasSolution()) {
      throw new IllegalStateException(
          "The site "
              + site.name()
              + " cannot be planned at its best achievable targets: the solver says "
              + last.status
              + ".");
    }
    return plan(clock, last, missed);
  }

  /** The cap, or the best achievable emissions a little relaxed when they exceed it. */
  private static double relaxedCap(double cap, double best, double slack) {
    return Math.max(cap, best * (1 + slack) + slack);
  }

  /**
   * The MPS text of the least-cost programme for the site and targets, without solving it.
   * Objective in kUSD.
   */
  public String exportMps(SupplySite site, PlanTargets targets) {
    try (LpSolver lp = solvers.get()) {
      PlanModel.build(lp, site, cost(targets, OptionalDouble.empty(), true));
      return lp.toMps();
    }
  }

  /** The MPS text of the weighted least-cost programme, without solving it (objective in kUSD). */
  public String exportMps(SupplySite site, PlanTargets targets, HourWeights weights) {
    try (LpSolver lp = solvers.get()) {
      PlanModel.build(lp, site, cost(targets, OptionalDouble.empty(), true).withWeights(weights));
      return lp.toMps();
    }
  }

  private static PlanModel.Spec cost(
      PlanTargets targets, OptionalDouble unservedCap, boolean names) {
    return new PlanModel.Spec(PlanModel.Goal.MIN_COST, targets, unservedCap, false, names);
  }

  private Solution solveScore(
      Clock clock,
      SupplySite site,
      PlanModel.Goal goal,
      PlanTargets targets,
      OptionalDouble unservedCap) {
    return solveScore(clock, site, goal, targets, unservedCap, false);
  }

  private Solution solveScore(
      Clock clock,
      SupplySite site,
      PlanModel.Goal goal,
      PlanTargets targets,
      OptionalDouble unservedCap,
      boolean relax) {
    Solution s = solve(clock, site, new PlanModel.Spec(goal, targets, unservedCap, relax, false));
    if (!s.status.hasSolution()) {
      throw new IllegalStateException(
          "The best achievable "
              + (goal == PlanModel.Goal.MAX_CFE ? "carbon-free score" : "emissions")
              + " of "
              + site.name()
              + " could not be found: the solver says "
              + s.status
              + ".");
    }
    return s;
  }

  /** Time and number of programmes. */
  private static final class Clock {
    long nanos;
    int solves;
    HourWeights weights = HourWeights.UNIFORM;
  }

  /** What is kept of a solved programme. */
  private static final class Solution {
    PlanModel model;
    LpStatus status;
    double[] x;
    double[] duals;
    double[] reducedCosts;
    double objective;
    Optional<String> mps = Optional.empty();
  }

  private Solution solve(Clock clock, SupplySite site, PlanModel.Spec spec) {
    long t0 = System.nanoTime();
    Solution s = new Solution();
    try (LpSolver lp = solvers.get()) {
      s.model = PlanModel.build(lp, site, spec.withWeights(clock.weights));
      if (spec.names()) {
        s.mps = Optional.of(lp.toMps());
      }
      s.status = lp.solve();
      if (s.status.hasSolution()) {
        s.x = lp.values();
        s.objective = lp.objectiveValue();
        if (spec.goal() != PlanModel.Goal.MIN_COST) {
          s.duals = lp.duals();
          s.reducedCosts = lp.reducedCosts();
        }
      }
    } finally {
      clock.nanos += System.nanoTime() - t0;
      clock.solves++;
    }
    return s;
  }

  /**
   * Limits whose dual value (for rows) or reduced cost (for variables at an upper bound) says that
   * raising the limit would improve the score by more than {@link #BINDING_TOLERANCE} of it per
   * unit. Duals and reduced costs are read in the objective's sense (c − Aᵀy: negative improves a
   * minimisation, positive a maximisation), so a limit sitting at its bound on the side that does
   * not matter (an export limit of 0 when exporting would only cost) is not reported. Marginal
   * values are in score units (MWh or tCO2e) per unit of the limit.
   */
  private static List<BindingConstraint> binding(Solution s, double score) {
    PlanModel m = s.model;
    double sense = m.spec.goal() == PlanModel.Goal.MAX_CFE ? 1 : -1;
    double threshold = BINDING_TOLERANCE * Math.max(1, Math.abs(score));
    List<BindingConstraint> out = new ArrayList<>();
    addRow(out, s, m.landRow, sense, threshold, BindingConstraint.Kind.LAND);
    addRow(out, s, m.waterRow, sense, threshold, BindingConstraint.Kind.WATER);
    addRow(out, s, m.emissionsRow, sense, threshold, BindingConstraint.Kind.EMISSIONS_CAP);
    double importValue = atUpperBound(s, m.gridImport, m.site.grid().importLimit_MW(), sense);
    if (importValue > threshold) {
      out.add(new BindingConstraint(BindingConstraint.Kind.GRID_IMPORT_LIMIT, "", importValue));
    }
    double exportValue = atUpperBound(s, m.gridExport, m.site.grid().exportLimit_MW(), sense);
    if (exportValue > threshold) {
      out.add(new BindingConstraint(BindingConstraint.Kind.GRID_EXPORT_LIMIT, "", exportValue));
    }
    for (int g = 0; g < m.cap.length; g++) {
      double v = atUpperBound(s, new int[] {m.cap[g]}, m.capUpper[g], sense);
      if (v > threshold) {
        GeneratorOption o = m.site.generators().get(g);
        out.add(new BindingConstraint(BindingConstraint.Kind.MAX_CAPACITY, o.technology(), v));
      }
    }
    for (int st = 0; st < m.power.length; st++) {
      double v = atUpperBound(s, new int[] {m.power[st]}, m.powerUpper[st], sense);
      if (v > threshold) {
        StorageOption o = m.site.storage().get(st);
        out.add(new BindingConstraint(BindingConstraint.Kind.MAX_STORAGE_POWER, o.technology(), v));
      }
    }
    return out;
  }

  /** Adds a ≤ row whose dual improves the score when its bound is raised. */
  private static void addRow(
      List<BindingConstraint> out,
      Solution s,
      int row,
      double sense,
      double threshold,
      BindingConstraint.Kind kind) {
    if (row >= 0) {
      double v = Math.max(0, sense * s.duals[row]);
      if (v > threshold) {
        out.add(new BindingConstraint(kind, "", v));
      }
    }
  }

  /**
   * Σ of the improving part of the reduced costs of the variables that sit at a finite upper bound.
   */
  private static double atUpperBound(Solution s, int[] vars, double upper, double sense) {
    if (!Double.isFinite(upper)) {
      return 0;
    }
    double eps = 1e-9 * Math.max(1, Math.abs(upper));
    double sum = 0;
    for (int v : vars) {
      if (s.x[v] >= upper - eps) {
        sum += Math.max(0, sense * s.reducedCosts[v]);
      }
    }
    return sum;
  }

  private static SupplyPlan plan(Clock clock, Solution s, List<Infeasibility> missed) {
    PlanModel m = s.model;
    SupplySite site = m.site;
    List<PlannedGenerator> generators = new ArrayList<>();
    List<GeneratorOption> built = new ArrayList<>();
    for (int g = 0; g < m.cap.length; g++) {
      GeneratorOption o = site.generators().get(g);
      double c = Math.max(o.existingCapacity_MW(), s.x[m.cap[g]]);
      generators.add(new PlannedGenerator(g, o.technology(), o.existingCapacity_MW(), c));
      built.add(o.withCapacity(c));
    }
    List<PlannedStorage> storage = new ArrayList<>();
    List<StorageOption> builtStorage = new ArrayList<>();
    for (int st = 0; st < m.power.length; st++) {
      StorageOption o = site.storage().get(st);
      double p = Math.max(o.existingPower_MW(), s.x[m.power[st]]);
      double e = Math.max(o.existingEnergy_MWh(), s.x[m.energy[st]]);
      storage.add(new PlannedStorage(st, o.technology(), p, e));
      builtStorage.add(o.withSize(p, e));
    }
    SupplySite builtSite = site.with(built, builtStorage);
    HourlyFlows flows = m.flows(s.x);
    SupplyMetrics metrics = SupplyMetrics.of(builtSite, flows);
    return new SupplyPlan(
        builtSite,
        generators,
        storage,
        flows,
        metrics,
        s.objective / PlanModel.COST_SCALE,
        s.status,
        Duration.ofNanos(clock.nanos),
        clock.solves,
        missed,
        s.mps);
  }

  private static double totalLoad(SupplySite site, HourWeights weights) {
    double l = 0;
    for (int h = 0; h < site.hours(); h++) {
      l += weights.at(h) * site.loadAt(h);
    }
    return l;
  }
}
