package io.terawatt.supply.plan;

import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.GridConnection;
import io.terawatt.supply.HourlyFlows;
import io.terawatt.supply.OptionKind;
import io.terawatt.supply.StorageOption;
import io.terawatt.supply.SupplySite;
import java.util.OptionalDouble;

/**
 * The planning LP of one site, written into an {@link LpSolver}, with the indices of its variables
 * and rows so that a solution can be read back. The formulation is documented on {@link
 * LeastCostPlanner}.
 *
 * <p>Units: power variables in MW (energy of an hour in MWh), land rows in km², water rows in m³,
 * emissions in tCO2e. The cost objective is in thousands of USD ({@link #COST_SCALE}) so that
 * capacity costs (10⁴–10⁶ USD/MW·yr) and energy costs (1–10⁴ USD/MWh) sit close to 1.
 */
final class PlanModel {

  /**
   * Availabilities and grid carbon-free shares below this are taken as 0: a coefficient of 10⁻¹⁶
   * (sin π) in a row with coefficients of 1 ruins the basis' conditioning, and the energy it stands
   * for is below 10⁻⁹ of the capacity.
   */
  static final double NEGLIGIBLE = 1e-9;

  /** USD to objective units (kUSD). */
  static final double COST_SCALE = 1e-3;

  /** What the objective measures. */
  enum Goal {
    /** Least yearly cost, kUSD. */
    MIN_COST,
    /** Most carbon-free energy, MWh (hourly matched or annual, by the targets' matching). */
    MAX_CFE,
    /** Least location-based emissions, tCO2e. */
    MIN_EMISSIONS
  }

  /**
   * One programme to build.
   *
   * @param goal objective
   * @param targets targets imposed as constraints (for MAX_CFE the matching is read from here and
   *     the carbon-free fraction is ignored)
   * @param unservedCap_MWh upper bound on the year's unserved energy; empty for none
   * @param relaxLimits drop land, water, import and export limits, maximum capacities and powers,
   *     and the emissions cap (to test whether availability alone holds a target back)
   * @param names give variables and rows names (for MPS export and debugging)
   * @param weights hours of the year each hour stands for in the objective, the CFE target, and the
   *     emissions, water and unserved sums; storage cycles within {@link HourWeights#cycle_h()}
   */
  record Spec(
      Goal goal,
      PlanTargets targets,
      OptionalDouble unservedCap_MWh,
      boolean relaxLimits,
      boolean names,
      HourWeights weights) {

    /** A spec whose hours all weigh 1 (the full-year programme). */
    Spec(
        Goal goal,
        PlanTargets targets,
        OptionalDouble unservedCap_MWh,
        boolean relaxLimits,
        boolean names) {
      this(goal, targets, unservedCap_MWh, relaxLimits, names, HourWeights.UNIFORM);
    }

    /** This spec with other hour weights. */
    Spec withWeights(HourWeights w) {
      return new Spec(goal, targets, unservedCap_MWh, relaxLimits, names, w);
    }
  }

  final SupplySite site;
  final Spec spec;
  final int hours;
  final double totalLoad_MWh;

  /** Weight of each hour (hours of the year it stands for). */
  final double[] w;

  final int[] cap;
  final int[][] gen;
  final int[] power;
  final int[] energy;
  final int[][] charge;
  final int[][] discharge;
  final int[][] soc;
  final int[] gridImport;
  final int[] gridExport;
  final int[] unserved;

  /** Hourly CFE variables; null unless hourly matching is modelled. */
  int[] cfe;

  /** Annual CFE variable (capped at the load) for MAX_CFE with annual matching; -1 otherwise. */
  int annualCfe = -1;

  int landRow = -1;
  int waterRow = -1;
  int emissionsRow = -1;
  int cfeTargetRow = -1;
  int unservedRow = -1;

  /** Upper bounds given to cap variables (+∞ when unbounded). */
  final double[] capUpper;

  /** Upper bounds given to storage power variables. */
  final double[] powerUpper;

  private final LpSolver lp;

  private PlanModel(LpSolver lp, SupplySite site, Spec spec) {
    this.lp = lp;
    this.site = site;
    this.spec = spec;
    this.hours = site.hours();
    spec.weights().check(hours);
    this.w = spec.weights().weights(hours);
    double l = 0;
    for (int h = 0; h < hours; h++) {
      l += w[h] * site.loadAt(h);
    }
    this.totalLoad_MWh = l;
    int nG = site.generators().size();
    int nS = site.storage().size();
    cap = new int[nG];
    gen = new int[nG][hours];
    capUpper = new double[nG];
    power = new int[nS];
    energy = new int[nS];
    powerUpper = new double[nS];
    charge = new int[nS][hours];
    discharge = new int[nS][hours];
    soc = new int[nS][hours];
    gridImport = new int[hours];
    gridExport = new int[hours];
    unserved = new int[hours];
  }

  /** Writes the programme of {@code spec} for {@code site} into {@code lp}. */
  static PlanModel build(LpSolver lp, SupplySite site, Spec spec) {
    PlanModel m = new PlanModel(lp, site, spec);
    m.build();
    return m;
  }

  private String name(String base, int a) {
    return spec.names() ? base + "_" + a : "";
  }

  private String name(String base, int a, int b) {
    return spec.names() ? base + "_" + a + "_" + b : "";
  }

  private static final double INF = Double.POSITIVE_INFINITY;

  private void build() {
    boolean cost = spec.goal() == Goal.MIN_COST;
    boolean relax = spec.relaxLimits();
    GridConnection grid = site.grid();
    int nG = site.generators().size();
    int nS = site.storage().size();

    // Generators: capacity, then output limited by availability × capacity.
    for (int g = 0; g < nG; g++) {
      GeneratorOption o = site.generators().get(g);
      double lower = o.existingCapacity_MW();
      double upper = relax ? INF : Math.max(lower, o.maxCapacity_MW().orElse(INF));
      capUpper[g] = upper;
      cap[g] = lp.addVariable(lower, upper, name("cap", g));
      if (cost) {
        lp.setObjectiveCoefficient(cap[g], o.annualisedCapacityCost_USD_per_MW_year() * COST_SCALE);
      }
      for (int h = 0; h < hours; h++) {
        double a = o.availabilityAt(h) < NEGLIGIBLE ? 0 : o.availabilityAt(h);
        int v = lp.addVariable(0, a > 0 ? INF : 0, name("gen", g, h));
        gen[g][h] = v;
        if (cost && o.variableCost_USD_per_MWh() != 0) {
          lp.setObjectiveCoefficient(v, w[h] * o.variableCost_USD_per_MWh() * COST_SCALE);
        }
        if (a > 0) {
          lp.addConstraint(
              -INF, 0, new int[] {v, cap[g]}, new double[] {1, -a}, name("avail", g, h));
        }
      }
    }

    // Storage: power and energy sizes, duration bounds, hourly charge, discharge and state.
    for (int s = 0; s < nS; s++) {
      StorageOption o = site.storage().get(s);
      double pLower = o.existingPower_MW();
      double pUpper = relax ? INF : Math.max(pLower, o.maxPower_MW().orElse(INF));
      powerUpper[s] = pUpper;
      power[s] = lp.addVariable(pLower, pUpper, name("pow", s));
      energy[s] = lp.addVariable(o.existingEnergy_MWh(), INF, name("ene", s));
      if (cost) {
        lp.setObjectiveCoefficient(power[s], o.annualisedPowerCost_USD_per_MW_year() * COST_SCALE);
        lp.setObjectiveCoefficient(
            energy[s], o.annualisedEnergyCost_USD_per_MWh_year() * COST_SCALE);
      }
      if (o.minDurationHours() > 0) {
        lp.addConstraint(
            0,
            INF,
            new int[] {energy[s], power[s]},
            new double[] {1, -o.minDurationHours()},
            name("mindur", s));
      }
      lp.addConstraint(
          -INF,
          0,
          new int[] {energy[s], power[s]},
          new double[] {1, -o.maxDurationHours()},
          name("maxdur", s));
      for (int h = 0; h < hours; h++) {
        charge[s][h] = lp.addVariable(0, INF, name("ch", s, h));
        discharge[s][h] = lp.addVariable(0, INF, name("dis", s, h));
        soc[s][h] = lp.addVariable(0, INF, name("soc", s, h));
        lp.addConstraint(
            -INF, 0, new int[] {charge[s][h], power[s]}, new double[] {1, -1}, name("chmax", s, h));
        lp.addConstraint(
            -INF,
            0,
            new int[] {discharge[s][h], power[s]},
            new double[] {1, -1},
            name("dismax", s, h));
        lp.addConstraint(
            -INF, 0, new int[] {soc[s][h], energy[s]}, new double[] {1, -1}, name("socmax", s, h));
      }
      double eff = o.chargeEfficiency();
      for (int h = 0; h < hours; h++) {
        int previous = soc[s][spec.weights().previousInCycle(h, hours)];
        if (hours == 1) {
          lp.addConstraint(
              0,
              0,
              new int[] {charge[s][h], discharge[s][h]},
              new double[] {-eff, 1 / eff},
              name("socbal", s, h));
        } else {
          lp.addConstraint(
              0,
              0,
              new int[] {soc[s][h], previous, charge[s][h], discharge[s][h]},
              new double[] {1, -1, -eff, 1 / eff},
              name("socbal", s, h));
        }
      }
    }

    // Grid and unserved energy.
    double importUpper = relax ? INF : grid.importLimit_MW();
    double exportUpper = relax ? INF : grid.exportLimit_MW();
    for (int h = 0; h < hours; h++) {
      gridImport[h] = lp.addVariable(0, importUpper, name("imp", h));
      gridExport[h] = lp.addVariable(0, exportUpper, name("exp", h));
      unserved[h] = lp.addVariable(0, INF, name("uns", h));
      if (cost) {
        lp.setObjectiveCoefficient(gridImport[h], w[h] * grid.priceAt(h) * COST_SCALE);
        lp.setObjectiveCoefficient(
            gridExport[h], -w[h] * grid.priceAt(h) * grid.exportPriceFactor() * COST_SCALE);
        lp.setObjectiveCoefficient(
            unserved[h], w[h] * site.unservedPenalty_USD_per_MWh() * COST_SCALE);
      }
    }

    // Energy balance: generation + discharge + import + unserved = load + charge + export.
    int terms = nG + 2 * nS + 3;
    for (int h = 0; h < hours; h++) {
      int[] vars = new int[terms];
      double[] coefs = new double[terms];
      int k = 0;
      for (int g = 0; g < nG; g++) {
        vars[k] = gen[g][h];
        coefs[k++] = 1;
      }
      for (int s = 0; s < nS; s++) {
        vars[k] = discharge[s][h];
        coefs[k++] = 1;
        vars[k] = charge[s][h];
        coefs[k++] = -1;
      }
      vars[k] = gridImport[h];
      coefs[k++] = 1;
      vars[k] = unserved[h];
      coefs[k++] = 1;
      vars[k] = gridExport[h];
      coefs[k] = -1;
      double load = site.loadAt(h);
      lp.addConstraint(load, load, vars, coefs, name("bal", h));
    }

    buildCarbonFree();
    buildEmissions();
    if (!relax) {
      buildLand();
      buildWater();
    }
    spec.unservedCap_MWh()
        .ifPresent(
            u -> {
              unservedRow =
                  lp.addConstraint(-INF, u, unserved.clone(), w.clone(), "unserved_total");
            });
    lp.setMaximise(spec.goal() == Goal.MAX_CFE);
  }

  private int cleanGeneratorCount() {
    int c = 0;
    for (GeneratorOption o : site.generators()) {
      if (o.carbonFree()) {
        c++;
      }
    }
    return c;
  }

  private void buildCarbonFree() {
    PlanTargets t = spec.targets();
    boolean maximise = spec.goal() == Goal.MAX_CFE;
    OptionalDouble fraction = maximise ? OptionalDouble.empty() : t.carbonFreeFraction();
    if (!maximise && fraction.isEmpty()) {
      return;
    }
    int nG = site.generators().size();
    int nS = site.storage().size();
    int nClean = cleanGeneratorCount();
    if (t.cfeMatching() == CfeMatching.HOURLY) {
      // cfe_h ≤ load_h; cfe_h ≤ clean − charge + discharge − export + share·import. cfe_h is free
      // below so that hours where charging or exports exceed clean output stay feasible; they
      // count negative, so the programme's score never exceeds SupplyMetrics' (which clamps at 0).
      GridConnection grid = site.grid();
      cfe = new int[hours];
      int terms = 1 + nClean + 2 * nS + 2;
      for (int h = 0; h < hours; h++) {
        cfe[h] = lp.addVariable(-INF, site.loadAt(h), name("cfe", h));
        if (maximise) {
          lp.setObjectiveCoefficient(cfe[h], w[h]);
        }
        int[] vars = new int[terms];
        double[] coefs = new double[terms];
        int k = 0;
        vars[k] = cfe[h];
        coefs[k++] = 1;
        for (int g = 0; g < nG; g++) {
          if (site.generators().get(g).carbonFree()) {
            vars[k] = gen[g][h];
            coefs[k++] = -1;
          }
        }
        for (int s = 0; s < nS; s++) {
          vars[k] = charge[s][h];
          coefs[k++] = 1;
          vars[k] = discharge[s][h];
          coefs[k++] = -1;
        }
        vars[k] = gridExport[h];
        coefs[k++] = 1;
        vars[k] = gridImport[h];
        double share = grid.carbonFreeShareAt(h);
        coefs[k] = share < NEGLIGIBLE ? 0 : -share;
        lp.addConstraint(-INF, 0, vars, coefs, name("cfedef", h));
      }
      if (fraction.isPresent()) {
        cfeTargetRow =
            lp.addConstraint(
                fraction.getAsDouble() * totalLoad_MWh, INF, cfe.clone(), w.clone(), "cfe_target");
      }
    } else {
      int[] vars = new int[nClean * hours + (maximise ? 1 : 0)];
      double[] coefs = new double[vars.length];
      int k = 0;
      for (int g = 0; g < nG; g++) {
        if (site.generators().get(g).carbonFree()) {
          for (int h = 0; h < hours; h++) {
            vars[k] = gen[g][h];
            coefs[k++] = w[h];
          }
        }
      }
      if (maximise) {
        // Score = min(clean generation, load): a variable capped at the load.
        annualCfe = lp.addVariable(0, totalLoad_MWh, "cfe_annual");
        lp.setObjectiveCoefficient(annualCfe, 1);
        vars[k] = annualCfe;
        coefs[k] = -1;
        cfeTargetRow = lp.addConstraint(0, INF, vars, coefs, "cfe_annual_def");
      } else {
        cfeTargetRow =
            lp.addConstraint(
                fraction.getAsDouble() * totalLoad_MWh, INF, vars, coefs, "cfe_target");
      }
    }
  }

  private void buildEmissions() {
    boolean minimise = spec.goal() == Goal.MIN_EMISSIONS;
    OptionalDouble emissionsCap =
        spec.relaxLimits() ? OptionalDouble.empty() : spec.targets().emissionsCap_tCO2e();
    if (!minimise && emissionsCap.isEmpty()) {
      return;
    }
    int nG = site.generators().size();
    GridConnection grid = site.grid();
    // tCO2e of one MWh = gCO2e/kWh ÷ 1000.
    int count = hours;
    for (GeneratorOption o : site.generators()) {
      if (o.directEmissions_gCO2e_per_kWh() > 0) {
        count += hours;
      }
    }
    int[] vars = new int[count];
    double[] coefs = new double[count];
    int k = 0;
    for (int g = 0; g < nG; g++) {
      double e = site.generators().get(g).directEmissions_gCO2e_per_kWh() / 1e3;
      if (e > 0) {
        for (int h = 0; h < hours; h++) {
          vars[k] = gen[g][h];
          coefs[k++] = w[h] * e;
        }
      }
    }
    for (int h = 0; h < hours; h++) {
      vars[k] = gridImport[h];
      coefs[k++] = w[h] * grid.intensityAt(h) / 1e3;
    }
    if (minimise) {
      for (int i = 0; i < count; i++) {
        if (coefs[i] != 0) {
          lp.setObjectiveCoefficient(vars[i], coefs[i]);
        }
      }
    }
    if (emissionsCap.isPresent()) {
      emissionsRow =
          lp.addConstraint(-INF, emissionsCap.getAsDouble(), vars, coefs, "emissions_cap");
    }
  }

  /**
   * Land: the site's limit is land for new capacity, so Σ land·(capacity − existing) ≤ limit, that
   * is Σ land·capacity ≤ limit + land of the existing capacity (km²).
   */
  private void buildLand() {
    if (site.landLimit_km2().isEmpty()) {
      return;
    }
    int nG = site.generators().size();
    int nS = site.storage().size();
    int[] vars = new int[nG + nS];
    double[] coefs = new double[nG + nS];
    double existing = 0;
    for (int g = 0; g < nG; g++) {
      GeneratorOption o = site.generators().get(g);
      vars[g] = cap[g];
      coefs[g] = o.land_m2_per_MW() / 1e6;
      existing += o.existingCapacity_MW() * o.land_m2_per_MW() / 1e6;
    }
    for (int s = 0; s < nS; s++) {
      StorageOption o = site.storage().get(s);
      vars[nG + s] = power[s];
      coefs[nG + s] = o.land_m2_per_MW() / 1e6;
      existing += o.existingPower_MW() * o.land_m2_per_MW() / 1e6;
    }
    landRow =
        lp.addConstraint(-INF, site.landLimit_km2().getAsDouble() + existing, vars, coefs, "land");
  }

  /** Water: Σ generation · water per MWh ÷ 1000 ≤ limit (m³ per year). */
  private void buildWater() {
    if (site.waterLimit_m3().isEmpty()) {
      return;
    }
    int nG = site.generators().size();
    int count = 0;
    for (GeneratorOption o : site.generators()) {
      if (o.water_L_per_MWh() > 0) {
        count += hours;
      }
    }
    int[] vars = new int[count];
    double[] coefs = new double[count];
    int k = 0;
    for (int g = 0; g < nG; g++) {
      double w = site.generators().get(g).water_L_per_MWh() / 1e3;
      if (w > 0) {
        for (int h = 0; h < hours; h++) {
          vars[k] = gen[g][h];
          coefs[k++] = this.w[h] * w;
        }
      }
    }
    waterRow = lp.addConstraint(-INF, site.waterLimit_m3().getAsDouble(), vars, coefs, "water");
  }

  /** Hourly flows of a solution (tiny negative values from solver tolerances are set to 0). */
  HourlyFlows flows(double[] x) {
    int nG = site.generators().size();
    int nS = site.storage().size();
    HourlyFlows f = HourlyFlows.empty(site);
    for (int g = 0; g < nG; g++) {
      GeneratorOption o = site.generators().get(g);
      double c = x[cap[g]];
      for (int h = 0; h < hours; h++) {
        double e = Math.max(0, x[gen[g][h]]);
        f.generation_MW()[g][h] = e;
        if (o.kind() == OptionKind.VARIABLE) {
          f.curtailment_MW()[g][h] = Math.max(0, o.availabilityAt(h) * c - e);
        }
      }
    }
    for (int s = 0; s < nS; s++) {
      for (int h = 0; h < hours; h++) {
        f.charge_MW()[s][h] = Math.max(0, x[charge[s][h]]);
        f.discharge_MW()[s][h] = Math.max(0, x[discharge[s][h]]);
        f.stateOfCharge_MWh()[s][h] = Math.max(0, x[soc[s][h]]);
      }
    }
    for (int h = 0; h < hours; h++) {
      f.gridImport_MW()[h] = Math.max(0, x[gridImport[h]]);
      f.gridExport_MW()[h] = Math.max(0, x[gridExport[h]]);
      f.unserved_MW()[h] = Math.max(0, x[unserved[h]]);
    }
    return f;
  }

  /** The year's unserved energy of a solution (weighted by the hours' weights), MWh. */
  double unserved_MWh(double[] x) {
    double u = 0;
    for (int h = 0; h < hours; h++) {
      u += w[h] * Math.max(0, x[unserved[h]]);
    }
    return u;
  }
}
