package io.terawatt.cli.supply;

import io.terawatt.cli.ExitCodes;
import io.terawatt.io.report.SupplyChartsWriter;
import io.terawatt.io.report.SupplyJsonWriter;
import io.terawatt.supply.SupplyPlanRequest;
import io.terawatt.supply.SupplyPlanResult;
import io.terawatt.supply.SupplyService;
import io.terawatt.supply.SupplySiteSpec;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

  @Option(names = "--cfe-matching", description = "hourly (24/7, the default) or annual.")
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
    PrintWriter err = spec.commandLine().getErr();
    Optional<SupplySiteSpec> site = SiteFiles.read(file, err);
    if (site.isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    SupplyPlanRequest request = request(site.get());
    err.println(
        "terawatt: planning "
            + site.get().name()
            + " for "
            + request.planningYear()
            + " over "
            + request.planningHours()
            + " hours...");
    err.flush();
    SupplyPlanResult result = SupplyService.plan(request);
    if (mps != null) {
      Files.writeString(mps, result.mps().orElseThrow(), StandardCharsets.UTF_8);
    }
    spec.commandLine().getOut().println(SupplyJsonWriter.plan(result));
    if (charts != null) {
      SupplyChartsWriter.write(charts, result);
    }
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** The request the options describe. */
  private SupplyPlanRequest request(SupplySiteSpec site) {
    SupplyPlanRequest r = SupplyPlanRequest.of(site);
    if (year != null) {
      r = r.withYear(year);
    }
    if (cfeTarget != null) {
      r = matching == null ? r.withCfeTarget(cfeTarget) : r.withCfeTarget(cfeTarget, matching);
    }
    if (emissionsCap != null) {
      r = r.withEmissionsCap(emissionsCap);
    }
    if (solver != null) {
      r = r.withSolver(solver);
    }
    if (representativeWeeks != null) {
      r = r.withRepresentativeWeeks(representativeWeeks);
    }
    return mps != null ? r.withMps() : r;
  }
}
