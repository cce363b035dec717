package io.terawatt.io.parse;

import java.util.List;
import java.util.stream.Collectors;

/** An input file that cannot be used, with every problem found in it. */
public final class InvalidInputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /** Wraps the problems (errors and warnings) of a file. */
  public InvalidInputException(List<Problem> problems) {
    super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, errors and warnings. */
  public List<Problem> problems() {
    return problems;
  }
}
