package io.terawatt.scheduling;

import java.util.ArrayList;
import java.util.List;

/** Synthetic job streams used in the literature. */
public final class JobGenerators {
  private JobGenerators() {}

  /**
   * One job arriving at the start of every hour of the period (the workload of Sukprasert et al.,
   * "On the Limitations of Carbon-Aware Temporal and Spatial Workload Shifting in the Cloud",
   * EuroSys 2024).
   *
   * @param hours hours of the period
   * @param length_h length of each job, hours
   * @param slack_h slack of each job, hours
   * @param power_kW power of each job, kW
   * @param interruptible whether the jobs may pause
   */
  public static List<BatchJob> everyHour(
      int hours, double length_h, double slack_h, double power_kW, boolean interruptible) {
    List<BatchJob> jobs = new ArrayList<>(hours);
    for (int h = 0; h < hours; h++) {
      jobs.add(BatchJob.of("hour-" + h, h, length_h, slack_h, power_kW, interruptible));
    }
    return jobs;
  }

  /**
   * Parses a generator specification {@code
   * every-hour[:length=H,slack=H,power=KW,interruptible=B]}.
   *
   * @throws IllegalArgumentException for an unknown generator or key, naming the known ones
   */
  public static List<BatchJob> parse(String spec, int hours) {
    String[] parts = spec.split(":", 2);
    if (!parts[0].equals("every-hour")) {
      throw new IllegalArgumentException(
          "Unknown job generator '"
              + parts[0]
              + "'; the generator is every-hour[:length=1,slack=24]");
    }
    double length = 1;
    double slack = 24;
    double power = 1;
    boolean interruptible = false;
    if (parts.length > 1 && !parts[1].isBlank()) {
      for (String kv : parts[1].split(",")) {
        String[] p = kv.split("=", 2);
        String key = p[0].trim();
        String value = p.length > 1 ? p[1].trim() : "";
        try {
          switch (key) {
            case "length" -> length = Double.parseDouble(value);
            case "slack" -> slack = Double.parseDouble(value);
            case "power" -> power = Double.parseDouble(value);
            case "interruptible" -> interruptible = Boolean.parseBoolean(value);
            default ->
                throw new IllegalArgumentException(
                    "Unknown key '"
                        + key
                        + "' in "
                        + spec
                        + "; the keys are length, slack (hours), power (kW), interruptible.");
          }
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "'" + value + "' for " + key + " in " + spec + " is not a number.");
        }
      }
    }
    return everyHour(hours, length, slack, power, interruptible);
  }
}
