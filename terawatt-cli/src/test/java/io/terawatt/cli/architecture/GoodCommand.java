package io.terawatt.cli.architecture;

import io.terawatt.footprint.FootprintRequest;
import io.terawatt.footprint.FootprintResult;
import io.terawatt.footprint.FootprintService;
import io.terawatt.quantity.Energy;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;

/**
 * A command that keeps the front-end rules (used only by {@link FrontEndRulesTest}): it knows the
 * capability root's service and records, and quantities, nothing else of core.
 */
@Command(name = "good")
final class GoodCommand implements Callable<Integer> {
  FootprintService service;
  FootprintRequest request;
  Function<FootprintResult, String> writer;
  Energy budget;

  @Override
  public Integer call() {
    return service == null ? 2 : 0;
  }
}
