package io.terawatt.grid;

import io.terawatt.grid.typical.TypicalYear;
import java.util.List;

/**
 * Fitted typical years, one per zone, in the order of the request (preferred zones first).
 *
 * @param years the typical years
 */
public record TypicalYearFit(List<TypicalYear> years) {
  /** Copies the list. */
  public TypicalYearFit {
    years = List.copyOf(years);
  }

  /** Number of typical years. */
  public int size() {
    return years.size();
  }
}
