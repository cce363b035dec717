package io.terawatt.grid;

import java.time.Instant;
import java.util.List;

/**
 * What clean-up did to one series: nothing is dropped or filled without being counted here.
 *
 * @param series the series described
 * @param rawPoints readings read
 * @param subHourlyPoints readings shorter than an hour, averaged into hours
 * @param duplicatePoints readings whose start repeats an earlier one
 * @param conflictingDuplicates duplicates with a different value (the mean was used)
 * @param impossibleValues readings rejected as physically impossible
 * @param impossibleExamples up to ten rejected readings as {@code line N: value}
 * @param hours hours from the first to the last covered hour
 * @param partialHours hours covered at least half but not wholly (time-weighted mean used)
 * @param gapHours hours with less than half coverage before filling
 * @param filledHours gap hours filled by the policy (flagged estimated)
 * @param policy the gap policy applied
 * @param firstHour first hour of the series
 * @param lastHour last hour of the series
 */
public record CleanupReport(
    String series,
    int rawPoints,
    int subHourlyPoints,
    int duplicatePoints,
    int conflictingDuplicates,
    int impossibleValues,
    List<String> impossibleExamples,
    int hours,
    int partialHours,
    int gapHours,
    int filledHours,
    GapPolicy policy,
    Instant firstHour,
    Instant lastHour) {

  /** Copies the examples. */
  public CleanupReport {
    impossibleExamples = List.copyOf(impossibleExamples);
  }

  /** Hours left missing after filling. */
  public int remainingGapHours() {
    return gapHours - filledHours;
  }
}
