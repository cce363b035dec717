package io.terawatt.cli.grid;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.Signal;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --signal} and {@code --basis} options of commands that read one series. */
public final class SignalChoice {
  @Option(
      names = "--signal",
      description = "average or marginal (default: what the zone has, average first).")
  String signal;

  @Option(names = "--basis", description = "lifecycle or direct (default: lifecycle first).")
  String basis;

  Optional<Signal> signal() {
    if (signal == null) {
      return Optional.empty();
    }
    return Optional.of(
        Signal.parse(signal)
            .filter(s -> s != Signal.NOT_APPLICABLE)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--signal '" + signal + "' must be average or marginal.")));
  }

  Optional<EmissionBasis> basis() {
    if (basis == null) {
      return Optional.empty();
    }
    return Optional.of(
        EmissionBasis.parse(basis)
            .filter(b -> b != EmissionBasis.NOT_APPLICABLE)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--basis '" + basis + "' must be lifecycle or direct.")));
  }
}
