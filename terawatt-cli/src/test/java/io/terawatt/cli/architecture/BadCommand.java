package io.terawatt.cli.architecture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.terawatt.supply.plan.LpSolvers;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * A command that breaks every front-end rule on purpose (used only by {@link FrontEndRulesTest}):
 * it reaches into a capability's sub-package, builds JSON itself, and holds its logic in a call()
 * of 41 lines.
 */
@Command(name = "bad")
final class BadCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    ObjectNode json = new ObjectMapper().createObjectNode();
    json.put("solvers", String.join(",", LpSolvers.names()));
    int total_MW = 0;
    total_MW += 1;
    total_MW += 2;
    total_MW += 3;
    total_MW += 4;
    total_MW += 5;
    total_MW += 6;
    total_MW += 7;
    total_MW += 8;
    total_MW += 9;
    total_MW += 10;
    total_MW += 11;
    total_MW += 12;
    total_MW += 13;
    total_MW += 14;
    total_MW += 15;
    total_MW += 16;
    total_MW += 17;
    total_MW += 18;
    total_MW += 19;
    total_MW += 20;
    total_MW += 21;
    total_MW += 22;
    total_MW += 23;
    total_MW += 24;
    total_MW += 25;
    total_MW += 26;
    total_MW += 27;
    total_MW += 28;
    total_MW += 29;
    total_MW += 30;
    total_MW += 31;
    total_MW += 32;
    total_MW += 33;
    json.put("total_MW", total_MW);
    System.out.println(json);
    return 0;
  }
}
