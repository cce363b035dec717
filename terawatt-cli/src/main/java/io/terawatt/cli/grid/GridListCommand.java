package io.terawatt.cli.grid;

import io.terawatt.cli.ExitCodes;
import io.terawatt.io.report.TextTable;
import io.terawatt.io.store.GridStore;
import io.terawatt.io.store.StoredSeries;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code terawatt grid list}: the series in the database. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the series in the grid database.")
public final class GridListCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin DatabaseOption database;

  @Override
  public Integer call() throws Exception {
    try (GridStore store = GridStore.open(database.file())) {
      TextTable t =
          new TextTable(
              List.of(
                  "zone",
                  "signal",
                  "basis",
                  "first_hour",
                  "last_hour",
                  "hours",
                  "estimated_hours",
                  "mean"));
      for (StoredSeries s : store.catalog()) {
        t.row(
            List.of(
                s.zone(),
                s.signal(),
                s.basis(),
                s.firstHour().toString(),
                s.lastHour().toString(),
                String.valueOf(s.hours()),
                String.valueOf(s.estimatedHours()),
                TextTable.num(s.mean(), 4)
                    + (s.signal().equals("price") ? " USD_per_MWh" : " gCO2e_per_kWh")));
      }
      spec.commandLine().getOut().print(t.render());
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.OK;
  }
}
