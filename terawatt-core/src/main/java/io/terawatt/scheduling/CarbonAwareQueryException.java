package io.terawatt.scheduling;

import java.util.List;

/**
 * A carbon-aware query that cannot be answered as asked: invalid or unknown values, or no data
 * where the query needs them. Carries a short title and every problem found, each naming the
 * request field (the Carbon Aware SDK's parameter names) and the value received.
 */
public final class CarbonAwareQueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The title of a request with invalid values. */
  public static final String INVALID = "Invalid request parameters";

  /**
   * One problem with one request field.
   *
   * @param field the request field, for example {@code toTime}
   * @param value the value received, or null when it was missing
   * @param message what is wrong, in a sentence
   */
  public record Problem(String field, String value, String message) {}

  private final String title;
  private final transient List<Problem> problems;

  /** A problem with a title, a detail sentence and the fields concerned. */
  public CarbonAwareQueryException(String title, String detail, List<Problem> problems) {
    super(detail);
    this.title = title;
    this.problems = List.copyOf(problems);
  }

  /** Invalid values: the detail is the one message, or how many fields are invalid. */
  public static CarbonAwareQueryException invalid(List<Problem> problems) {
    return new CarbonAwareQueryException(
        INVALID,
        problems.size() == 1
            ? problems.get(0).message()
            : problems.size() + " request parameters are invalid.",
        problems);
  }

  /** A short title, for example {@code No data in range}. */
  public String title() {
    return title;
  }

  /** Every problem, possibly none. */
  public List<Problem> problems() {
    return problems;
  }
}
