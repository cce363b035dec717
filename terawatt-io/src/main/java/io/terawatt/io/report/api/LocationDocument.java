package io.terawatt.io.report.api;

import java.time.Instant;

/**
 * A location with grid data, as the Carbon Aware SDK's {@code /locations} describes one, plus the
 * data's origin and range. Terawatt has no coordinates for zones: latitude and longitude are null.
 *
 * @param name location (zone) name
 * @param latitude always null
 * @param longitude always null
 * @param origin where the data come from ({@code imported} or built in)
 * @param dataStartAt first hour with data
 * @param dataEndAt end of the data
 */
public record LocationDocument(
    String name,
    Double latitude,
    Double longitude,
    String origin,
    String dataStartAt,
    String dataEndAt) {

  /** A location without coordinates. */
  public static LocationDocument of(String name, String origin, Instant start, Instant end) {
    return new LocationDocument(name, null, null, origin, start.toString(), end.toString());
  }
}
