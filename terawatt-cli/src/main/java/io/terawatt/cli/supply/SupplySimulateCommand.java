package io.terawatt.cli.supply;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.cli.ExitCodes;
import io.terawatt.io.input.SupplySiteReader;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.supply.GeneratorOption;
import io.terawatt.supply.StorageOption;
import io.terawatt.supply.dispatch.DispatchResult;
import io.terawatt.supply.dispatch.DispatchSimulator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code terawatt supply simulate SITE.yaml}: a year of hourly dispatch with built capacities. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = "Simulates a year of hourly dispatch with the site's existing capacities.")
public final class SupplySimulateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SITE.yaml")
  Path file;

  @Option(names = "--year", description = "Scenario year (2025-2050); default: the file's year.")
  Integer year;

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
    long t0 = System.nanoTime();
    DispatchResult d = DispatchSimulator.simulate(r.site());
    double ms = (System.nanoTime() - t0) / 1e6;
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("site", r.site().name());
    root.put("year", r.year());
    root.put("hours", r.site().hours());
    Map<String, Double> capacity = new LinkedHashMap<>();
    for (GeneratorOption g : r.site().generators()) {
      capacity.merge(g.technology(), g.existingCapacity_MW(), Double::sum);
    }
    ObjectNode cap = root.putObject("capacity_MW");
    capacity.forEach(cap::put);
    ObjectNode st = root.putObject("storage_MWh");
    for (StorageOption s : r.site().storage()) {
      st.put(s.technology(), s.existingEnergy_MWh());
    }
    SupplyReport.metrics(root, d.metrics());
    root.put("simulation_time_ms", ms);
    spec.commandLine().getOut().println(mapper.writeValueAsString(root));
    if (charts != null) {
      SupplyReport.charts(
          charts, r.site(), d.flows(), d.metrics(), capacity, r.site().name() + " " + r.year());
    }
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
