package io.terawatt.cli.grid;

import io.terawatt.cli.ExitCodes;
import io.terawatt.io.report.GridCatalogWriter;
import io.terawatt.io.store.GridStore;
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
      spec.commandLine().getOut().print(GridCatalogWriter.table(store.catalog()));
      spec.commandLine().getOut().flush();
    }
    return ExitCodes.OK;
  }
}
