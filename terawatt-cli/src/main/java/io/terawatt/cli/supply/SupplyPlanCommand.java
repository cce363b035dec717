package io.terawatt.cli.supply;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.cli.ExitCodes;
import io.terawatt.io.input.SupplySiteReader;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.supply.plan.BindingConstraint;
import io.terawatt.supply.plan.Infeasibility;
import io.terawatt.supply.plan.LeastCostPlanner;
import io.terawatt.supply.plan.LpSolvers;
import io.terawatt.supply.plan.PlanTargets;
import io.terawatt.supply.plan.PlannedStorage;
import io.terawatt.supply.plan.RepresentativeWeekPlanner;
import io.terawatt.supply.plan.SupplyPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code terawatt supply plan SITE.yaml --year YEAR}: least-cost capacities and dispatch. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Chooses capacities and hourly dispatch at least annualised cost (linear programme over every"
          + " hour, OR-Tools GLOP) under a carbon-free target or an emissions cap.",
      "When a target cannot be met, reports the best achievable value and the binding constraints."
    })
public final class SupplyPlanCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SITE.yaml")
  Path file;

  @Option(names = "--year", description = "Planning year (2025-2050); default: the file's year.")
  Integer year;

  @Option(
      names = "--cfe-target",
      description = "Carbon-free energy target, a fraction 0..1 (e.g. 0.9).")
  Double cfeTarget;

  @Option(
      names = "--cfe-matching",
      defaultValue = "hourly",
      description = "hourly (24/7) or annual.")
  String matching;

  @Option(names = "--emissions-cap", description = "Location-based emissions cap, tCO2e per year.")
  Double emissionsCap;

  @Option(
      names = "--export-mps",
      paramLabel = "FILE",
      description = "Write the linear programme as MPS.")
  Path mps;

  @Option(
      names = "--solver",
      defaultValue = "glop",
      description = "LP solver: glop (default), clp or pdlp (OR-Tools back ends).")
  String solver;

  @Option(
      names = "--representative-weeks",
      paramLabel = "K",
      description =
          "Plan capacities on K representative weeks (k-medoids, Poncelet et al. 2016; Nahmmacher"
              + " et al. 2016), then simulate the year with them; default: all hours, exact LP.")
  Integer representativeWeeks;

  @Option(names = "--format", defaultValue = "json", description = "json")
  String format;

  @Option(names = "--charts", paramLabel = "DIR", description = "Write SVG charts to this folder.")
  Path charts;

  @Override
  public Integer call() throws Exception {
    SupplySiteReader.Result r;
    try {
      r =
          SupplySiteReader.read(
              file, year == null ? OptionalDouble.empty() : OptionalDouble.of(year));
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> spec.commandLine().getErr().println(p.format()));
      return ExitCodes.INVALID_INPUT;
    }
    r.warnings().stream().map(Problem::format).forEach(spec.commandLine().getErr()::println);
    PlanTargets targets = PlanTargets.none();
    if (cfeTarget != null) {
      if (cfeTarget < 0 || cfeTarget > 1) {
        throw new IllegalArgumentException("--cfe-target must be a fraction between 0 and 1.");
      }
      targets =
          matching.equals("annual")
              ? PlanTargets.annualCfe(cfeTarget)
              : PlanTargets.hourlyCfe(cfeTarget);
    }
    if (emissionsCap != null) {
      targets = targets.withEmissionsCap(emissionsCap);
    }
    spec.commandLine()
        .getErr()
        .println(
            "terawatt: planning "
                + r.site().name()
                + " for "
                + r.year()
                + " over "
                + r.site().hours()
                + " hours...");
    spec.commandLine().getErr().flush();
    if (representativeWeeks != null && mps != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--mps is for the exact all-hours programme only.");
    }
    long t0 = System.nanoTime();
    SupplyPlan plan;
    io.terawatt.supply.SupplySite builtSite;
    io.terawatt.supply.HourlyFlows flows;
    io.terawatt.supply.SupplyMetrics metrics;
    Map<String, Double> topUp = Map.of();
    if (representativeWeeks != null) {
      RepresentativeWeekPlanner.Result rw =
          new RepresentativeWeekPlanner(
                  new LeastCostPlanner(LpSolvers.byName(solver)), representativeWeeks)
              .plan(r.site(), targets);
      plan = rw.reducedPlan();
      builtSite = rw.builtSite();
      flows = rw.year().flows();
      topUp = rw.adequacyTopUp_MW();
      metrics = rw.year().metrics();
    } else {
      plan = new LeastCostPlanner(LpSolvers.byName(solver)).plan(r.site(), targets, mps != null);
      builtSite = plan.builtSite();
      flows = plan.flows();
      metrics = plan.metrics();
    }
    double elapsed_s = (System.nanoTime() - t0) / 1e9;
    if (mps != null) {
      Files.writeString(mps, plan.mps().orElseThrow(), StandardCharsets.UTF_8);
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("site", r.site().name());
    root.put("year", r.year());
    root.put("objective_USD_per_year", plan.objective_USD());
    Map<String, Double> capacity = new LinkedHashMap<>();
    for (io.terawatt.supply.GeneratorOption g : builtSite.generators()) {
      capacity.merge(g.technology(), g.existingCapacity_MW(), Double::sum);
    }
    ObjectNode cap = root.putObject("capacity_MW");
    capacity.forEach(cap::put);
    if (!topUp.isEmpty()) {
      ObjectNode top = root.putObject("adequacy_top_up_MW");
      topUp.forEach(top::put);
    }
    ObjectNode energy = root.putObject("storage_MWh");
    ObjectNode power = root.putObject("storage_power_MW");
    for (PlannedStorage s : plan.storage()) {
      energy.put(s.technology(), s.energy_MWh());
      power.put(s.technology(), s.power_MW());
    }
    SupplyReport.metrics(root, metrics);
    root.put(
        "method",
        representativeWeeks == null
            ? "all hours"
            : representativeWeeks + " representative weeks, year simulated with the capacities");
    root.put("elapsed_s", elapsed_s);
    root.put("solver", solver);
    root.put("solver_status", plan.status().name().toLowerCase(java.util.Locale.ROOT));
    root.put("solve_time_s", plan.solveTime().toMillis() / 1e3);
    ArrayNode inf = root.putArray("infeasibilities");
    for (Infeasibility i : plan.infeasibilities()) {
      ObjectNode n = inf.addObject();
      n.put("target", i.target().name().toLowerCase(java.util.Locale.ROOT));
      n.put("unit", i.target().unit());
      n.put("requested", i.requested());
      n.put("best_achievable", i.bestAchievable());
      ArrayNode b = n.putArray("binding");
      for (BindingConstraint c : i.binding()) {
        b.add(
            c.kind().name().toLowerCase(java.util.Locale.ROOT)
                + (c.subject().isEmpty() ? "" : ":" + c.subject()));
      }
    }
    spec.commandLine().getOut().println(mapper.writeValueAsString(root));
    if (charts != null) {
      SupplyReport.charts(
          charts, builtSite, flows, metrics, capacity, r.site().name() + " " + r.year());
    }
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
