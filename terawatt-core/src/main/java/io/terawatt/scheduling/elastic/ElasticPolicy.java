package io.terawatt.scheduling.elastic;

import io.terawatt.scheduling.PolicyRole;
import java.util.ArrayList;
import java.util.List;

/** The policies of an elastic job, each with its command-line name and its role. */
public enum ElasticPolicy {
  /** CarbonScaler on forecasts, re-planned every hour (Hanafy et al. 2023). */
  CARBONSCALER("carbonscaler", PolicyRole.ONLINE),
  /** Carbon-agnostic: fixed nodes from arrival until done. */
  AGNOSTIC("agnostic", PolicyRole.BASELINE),
  /** The greedy on actual intensity (optimal for concave profiles). */
  ORACLE("oracle", PolicyRole.ORACLE);

  private final String label;
  private final PolicyRole role;

  ElasticPolicy(String label, PolicyRole role) {
    this.label = label;
    this.role = role;
  }

  /** The command-line name, for example {@code carbonscaler}. */
  public String label() {
    return label;
  }

  /** The part the policy plays in a comparison. */
  public PolicyRole role() {
    return role;
  }

  /** The command-line names, in declaration order. */
  public static List<String> labels() {
    List<String> out = new ArrayList<>();
    for (ElasticPolicy p : values()) {
      out.add(p.label);
    }
    return out;
  }

  /**
   * The policy of a command-line name.
   *
   * @throws IllegalArgumentException for an unknown name, listing the known ones
   */
  public static ElasticPolicy byLabel(String label) {
    for (ElasticPolicy p : values()) {
      if (p.label.equals(label)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "Policy '" + label + "' is not one of " + String.join(", ", labels()) + ".");
  }
}
