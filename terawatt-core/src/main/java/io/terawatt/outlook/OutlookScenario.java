package io.terawatt.outlook;

import io.terawatt.outlook.parameter.Scenario;

/**
 * The scenario of an outlook run as front ends hand it on, from a reader (a scenario file, or a
 * built-in name) to an {@link OutlookRequest}, without reaching into its distributions.
 *
 * @param parameters the scenario: a distribution and a source for every parameter
 */
public record OutlookScenario(Scenario parameters) {
  /** The scenario's name. */
  public String name() {
    return parameters.name();
  }
}
