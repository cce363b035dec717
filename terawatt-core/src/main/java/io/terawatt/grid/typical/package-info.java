/**
 * Typical years of grid carbon intensity and synthetic years drawn from them. A {@link
 * io.terawatt.grid.typical.TypicalYear} holds, for one zone, the mean intensity per month, day type
 * and UTC hour plus the spread and hour-to-hour persistence of the log residual around that mean.
 * {@link io.terawatt.grid.typical.SyntheticYearGenerator} turns it into a seeded hourly year whose
 * expected value is the profile, and {@link io.terawatt.grid.typical.SyntheticComparison} measures
 * how close a synthetic year comes to a real one. Codecs write typical years and yearly zone means
 * as tab-separated text.
 */
package io.terawatt.grid.typical;
