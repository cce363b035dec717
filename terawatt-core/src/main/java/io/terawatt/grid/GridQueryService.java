package io.terawatt.grid;

import java.time.Duration;
import java.time.Instant;

/** The query use case: the stored hourly values of one zone over a range. */
public final class GridQueryService {
  /** The signal of an intensity query that names none: average (attributional) intensity. */
  public static final Signal DEFAULT_SIGNAL = Signal.AVERAGE;

  /** The basis of an intensity query that names none: life-cycle, as footprints report. */
  public static final EmissionBasis DEFAULT_BASIS = EmissionBasis.LIFECYCLE;

  /** The longest range one query covers, days (ten years and leap days). */
  public static final int MAX_RANGE_DAYS = 3660;

  private GridQueryService() {}

  /** Whether {@code [from, to)} is a range one query may cover. */
  public static boolean acceptsRange(Instant from, Instant to) {
    return from.isBefore(to) && Duration.between(from, to).toDays() <= MAX_RANGE_DAYS;
  }

  /**
   * The values of the zone.
   *
   * @throws MissingGridDataException when not one hour of the range holds a value
   */
  public static GridQueryResult query(GridQueryRequest r, GridArchive archive) {
    Signal signal = r.signal().orElse(DEFAULT_SIGNAL);
    EmissionBasis basis = r.basis().orElse(DEFAULT_BASIS);
    double[] values =
        r.prices()
            ? archive.prices(r.zone(), r.from(), r.to())
            : archive.intensity(r.zone(), signal, basis, r.from(), r.to());
    GridQueryResult result =
        r.prices()
            ? new GridQueryResult(
                r.zone(),
                GridQuantity.ELECTRICITY_PRICE,
                Signal.NOT_APPLICABLE,
                EmissionBasis.NOT_APPLICABLE,
                r.from(),
                values)
            : new GridQueryResult(
                r.zone(), GridQuantity.CARBON_INTENSITY, signal, basis, r.from(), values);
    for (double v : values) {
      if (!Double.isNaN(v)) {
        return result;
      }
    }
    throw new MissingGridDataException(
        "no "
            + (r.prices() ? "prices" : signal.id() + " " + basis.id() + " intensity")
            + " for "
            + r.zone()
            + " in ["
            + r.from()
            + ", "
            + r.to()
            + ") in "
            + archive.location()
            + ".");
  }
}
