package io.terawatt.ethics.allocation;

/** The groups that share a region's supply. */
public enum DemandGroup {
  /** Essential community load: hospitals, water, cooling for vulnerable households. */
  ESSENTIAL("essential_community"),
  /** The rest of the community: homes, shops, industry. */
  OTHER_COMMUNITY("other_community"),
  /** The AI campus. */
  AI("ai_load");

  private final String label;

  DemandGroup(String label) {
    this.label = label;
  }

  /** Name used in reports. */
  public String label() {
    return label;
  }
}
