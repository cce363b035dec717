package io.terawatt.ethics.allocation;

import java.util.Locale;
import java.util.Optional;

/** How a short supply is shared among the groups in one hour. */
public enum AllocationRule {
  /** Essential community first, then other community, then AI. */
  ESSENTIAL_FIRST("essential-first"),
  /** Every group gets the same share of its demand. */
  PROPORTIONAL("proportional"),
  /**
   * Highest willingness to pay first; the clearing price is the bid of the first group not fully
   * served (ability to pay decides, which is the point of showing it).
   */
  PRICE_BASED("price-based"),
  /**
   * The AI campus first curtails up to its flexible share (demand response), then essential-first
   * shares what is left.
   */
  AI_CURTAILS_FIRST("ai-curtails-first");

  private final String label;

  AllocationRule(String label) {
    this.label = label;
  }

  /** The rule's name in commands and reports. */
  public String label() {
    return label;
  }

  /** Parses a rule name such as {@code essential-first}. */
  public static Optional<AllocationRule> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (AllocationRule r : values()) {
      if (r.label.equals(t)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
