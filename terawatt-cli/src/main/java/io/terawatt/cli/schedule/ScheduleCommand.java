package io.terawatt.cli.schedule;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code terawatt schedule}: carbon-aware operation. */
@Command(
    name = "schedule",
    mixinStandardHelpOptions = true,
    description = "Carbon-aware placement of batch work in time and across regions.",
    subcommands = {
      ScheduleEvaluateCommand.class,
      ScheduleFleetCommand.class,
      ScheduleElasticCommand.class,
      ScheduleRouteCommand.class,
      ScheduleBestWindowCommand.class,
      ScheduleBestLocationCommand.class
    })
public final class ScheduleCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
