package io.terawatt.io.grid;

import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.EmissionFactors;
import io.terawatt.grid.GapPolicy;
import io.terawatt.grid.Signal;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What the user told the importer.
 *
 * @param zone the zone the data belongs to (or the one column to take from a wide file)
 * @param format the layout, when not detected
 * @param unit declared unit of a generic file: {@code gCO2e_per_kWh}, {@code kgCO2e_per_kWh},
 *     {@code lbs_per_MWh} or {@code USD_per_MWh}
 * @param signal declared signal
 * @param basis declared basis
 * @param timezone zone of timestamps that carry no offset
 * @param gapPolicy how to fill gaps
 * @param factors emission factors for production mixes
 */
public record ImportOptions(
    Optional<String> zone,
    Optional<GridFormat> format,
    Optional<String> unit,
    Optional<Signal> signal,
    Optional<EmissionBasis> basis,
    Optional<ZoneId> timezone,
    GapPolicy gapPolicy,
    EmissionFactors factors) {

  /** Options with nothing declared. */
  public static ImportOptions defaults() {
    return new ImportOptions(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        GapPolicy.NONE,
        EmissionFactors.ipccAr5LifecycleMedians());
  }

  /** These options for one zone. */
  public ImportOptions withZone(String z) {
    return new ImportOptions(
        Optional.of(z), format, unit, signal, basis, timezone, gapPolicy, factors);
  }

  /** These options with a time zone for offset-less timestamps. */
  public ImportOptions withTimezone(ZoneId z) {
    return new ImportOptions(zone, format, unit, signal, basis, Optional.of(z), gapPolicy, factors);
  }

  /** These options with a format. */
  public ImportOptions withFormat(GridFormat f) {
    return new ImportOptions(
        zone, Optional.of(f), unit, signal, basis, timezone, gapPolicy, factors);
  }

  /** These options with a gap policy. */
  public ImportOptions withGapPolicy(GapPolicy p) {
    return new ImportOptions(zone, format, unit, signal, basis, timezone, p, factors);
  }

  /** These options with a declared signal and basis. */
  public ImportOptions withSignal(Signal s, EmissionBasis b) {
    return new ImportOptions(
        zone, format, unit, Optional.of(s), Optional.of(b), timezone, gapPolicy, factors);
  }

  /** These options with a declared signal (the basis keeps its default). */
  public ImportOptions withSignal(Signal s) {
    return new ImportOptions(
        zone, format, unit, Optional.of(s), basis, timezone, gapPolicy, factors);
  }

  /** These options with a declared basis (the signal keeps its default). */
  public ImportOptions withBasis(EmissionBasis b) {
    return new ImportOptions(
        zone, format, unit, signal, Optional.of(b), timezone, gapPolicy, factors);
  }

  /** These options with a declared unit. */
  public ImportOptions withUnit(String u) {
    return new ImportOptions(
        zone, format, Optional.of(u), signal, basis, timezone, gapPolicy, factors);
  }
}
