package io.terawatt.io.input;

import io.terawatt.footprint.FootprintRequest;
import io.terawatt.io.parse.Problem;
import java.util.List;

/**
 * A footprint input file read into core records.
 *
 * @param request the training runs and served models
 * @param warnings problems that did not stop the reading (unknown keys, assumptions)
 */
public record FootprintInput(FootprintRequest request, List<Problem> warnings) {
  /** Copies the warnings. */
  public FootprintInput {
    warnings = List.copyOf(warnings);
  }
}
