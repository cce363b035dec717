package io.terawatt.io.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.grid.CleanSeries;
import io.terawatt.grid.EmissionBasis;
import io.terawatt.grid.GridQuantity;
import io.terawatt.grid.SeriesMetadata;
import io.terawatt.grid.Signal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two-column time,value files with unit, signal and time zone declared by the user. */
class GenericCsvReaderTest {
  @TempDir Path dir;

  private Path localTimes() throws Exception {
    return GridFiles.write(
        dir,
        "local.csv",
        "time,gCO2e_per_kWh",
        "2023-03-01 01:00,300",
        "2023-03-01 02:00,310",
        "2023-03-01 03:00,320");
  }

  @Test
  void timestampsWithoutOffsetNeedATimezoneAndTheErrorSaysSo() throws Exception {
    Path file = localTimes();

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults().withZone("DE-LU"));

    assertThat(parsed.format()).isEqualTo(GridFormat.GENERIC);
    assertThat(GridFiles.formatted(parsed))
        .hasSize(3)
        .first()
        .satisfies(
            p -> {
              assertThat(p).startsWith(file + ":2: error: time = '2023-03-01 01:00'");
              assertThat(p).contains("Give --timezone");
            });
  }

  @Test
  void convertsLocalTimesWithTheGivenTimezoneAcrossDaylightSaving() throws Exception {
    Path winter = localTimes();
    Path summer =
        GridFiles.write(
            dir,
            "summer.csv",
            "time,gCO2e_per_kWh",
            "2023-07-01 02:00,200",
            "2023-07-01 03:00,210");
    ImportOptions berlin =
        ImportOptions.defaults().withZone("DE-LU").withTimezone(ZoneId.of("Europe/Berlin"));

    CleanSeries w = GridFiles.readClean(winter, berlin).values().iterator().next();
    CleanSeries s = GridFiles.readClean(summer, berlin).values().iterator().next();

    // CET is UTC+1, CEST UTC+2: 01:00 local in March and 02:00 local in July are 00:00 UTC.
    assertThat(w.firstHour()).isEqualTo(Instant.parse("2023-03-01T00:00:00Z"));
    assertThat(w.values()).containsExactly(300, 310, 320);
    assertThat(s.firstHour()).isEqualTo(Instant.parse("2023-07-01T00:00:00Z"));
  }

  @Test
  void aUtcTimeHeaderNeedsNoTimezone() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "utc.csv",
            "time_utc,gCO2e_per_kWh",
            "2023-03-01 01:00,300",
            "2023-03-01 02:00,310");

    CleanSeries clean =
        GridFiles.readClean(file, ImportOptions.defaults().withZone("X"))
            .values()
            .iterator()
            .next();

    assertThat(clean.firstHour()).isEqualTo(Instant.parse("2023-03-01T01:00:00Z"));
  }

  @Test
  void scalesADeclaredKilogramUnitToGrams() throws Exception {
    Path file =
        GridFiles.write(
            dir, "kg.csv", "time,value", "2023-03-01T00:00:00Z,0.4", "2023-03-01T01:00:00Z,0.425");

    CleanSeries clean =
        GridFiles.readClean(
                file, ImportOptions.defaults().withZone("FR").withUnit("kgCO2e_per_kWh"))
            .values()
            .iterator()
            .next();

    assertThat(clean.values()).containsExactly(new double[] {400, 425}, within(1e-9));
    assertThat(clean.metadata().unit()).isEqualTo("gCO2e_per_kWh");
  }

  @Test
  void takesTheUnitFromTheValueHeaderAndTheZoneFromAnyOtherHeader() throws Exception {
    Path byUnit = GridFiles.write(dir, "a.csv", "time,kgCO2e_per_kWh", "2023-03-01T00:00:00Z,0.1");
    Path byZone = GridFiles.write(dir, "b.csv", "time,Caiso_North", "2023-03-01T00:00:00Z,250");

    CleanSeries unit =
        GridFiles.readClean(byUnit, ImportOptions.defaults().withZone("SE"))
            .values()
            .iterator()
            .next();
    ParsedFile zone = GridFiles.read(byZone, ImportOptions.defaults());

    assertThat(unit.values()).containsExactly(new double[] {100}, within(1e-9));
    assertThat(zone.allSeries().keySet())
        .extracting(SeriesMetadata::zone)
        .containsExactly("CAISO_NORTH");
    assertThat(zone.notes()).anyMatch(n -> n.contains("unit assumed gCO2e_per_kWh"));
  }

  @Test
  void assumesAverageLifecycleUnlessTheSignalIsDeclaredOrThePathNamesWattTime() throws Exception {
    Path plain = GridFiles.write(dir, "plain/x.csv", "time,SG", "2023-03-01T00:00:00Z,400");
    Path wattTime =
        GridFiles.write(dir, "watttime-export/x.csv", "time,SG", "2023-03-01T00:00:00Z,400");

    SeriesMetadata a =
        GridFiles.read(plain, ImportOptions.defaults()).allSeries().keySet().iterator().next();
    SeriesMetadata m =
        GridFiles.read(wattTime, ImportOptions.defaults()).allSeries().keySet().iterator().next();
    SeriesMetadata declared =
        GridFiles.read(
                plain,
                ImportOptions.defaults().withSignal(Signal.MARGINAL, EmissionBasis.LIFECYCLE))
            .allSeries()
            .keySet()
            .iterator()
            .next();

    assertThat(a.signal()).isEqualTo(Signal.AVERAGE);
    assertThat(a.basis()).isEqualTo(EmissionBasis.LIFECYCLE);
    assertThat(m.signal()).isEqualTo(Signal.MARGINAL);
    assertThat(m.basis()).isEqualTo(EmissionBasis.DIRECT);
    assertThat(declared.signal()).isEqualTo(Signal.MARGINAL);
    assertThat(declared.basis()).isEqualTo(EmissionBasis.LIFECYCLE);
  }

  @Test
  void aPriceUnitMakesAPriceSeries() throws Exception {
    Path file = GridFiles.write(dir, "p.csv", "time,USD_per_MWh", "2023-03-01T00:00:00Z,-3.5");

    CleanSeries clean =
        GridFiles.readClean(file, ImportOptions.defaults().withZone("DE-LU"))
            .values()
            .iterator()
            .next();

    assertThat(clean.metadata().quantity()).isEqualTo(GridQuantity.ELECTRICITY_PRICE);
    assertThat(clean.values()).containsExactly(-3.5);
  }

  @Test
  void anUnknownUnitIsAnErrorListingTheKnownOnes() throws Exception {
    Path file = GridFiles.write(dir, "t.csv", "time,value", "2023-03-01T00:00:00Z,1");

    ParsedFile parsed =
        GridFiles.read(file, ImportOptions.defaults().withZone("X").withUnit("tCO2_per_GWh"));

    assertThat(parsed.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("--unit");
              assertThat(p.value()).isEqualTo("tCO2_per_GWh");
              assertThat(p.message()).contains("gCO2e_per_kWh", "kgCO2e_per_kWh", "lbs_per_MWh");
            });
  }

  @Test
  void aKnownUnitHeaderWithoutZoneAsksForOne() throws Exception {
    Path file = GridFiles.write(dir, "t.csv", "time,gCO2e_per_kWh", "2023-03-01T00:00:00Z,1");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults());

    assertThat(parsed.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("--zone"));
  }

  @Test
  void reportsEveryBrokenRowTogether() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "t.csv",
            "time,gCO2e_per_kWh",
            "2023-03-01T00:00:00Z,300",
            "2023-03-01T01:00:00Z,three hundred",
            "2023-03-01T02:00:00Z",
            "2023-13-01T03:00:00Z,320");

    ParsedFile parsed =
        GridFiles.read(file, ImportOptions.defaults().withZone("X").withTimezone(ZoneOffset.UTC));

    assertThat(GridFiles.formatted(parsed))
        .hasSize(3)
        .anyMatch(p -> p.startsWith(file + ":3: error: (row)") && p.contains("three hundred"))
        .anyMatch(p -> p.startsWith(file + ":4: error: (row)") && p.contains("Too few columns"))
        .anyMatch(p -> p.startsWith(file + ":5: error: (row)") && p.contains("2023-13-01"));
  }

  @Test
  void rejectsADayThatDoesNotExistInsteadOfMovingIt() throws Exception {
    Path file =
        GridFiles.write(
            dir,
            "t.csv",
            "time,gCO2e_per_kWh",
            "2023-02-28T00:00:00Z,300",
            "2023-02-30T00:00:00Z,999");

    ParsedFile parsed = GridFiles.read(file, ImportOptions.defaults().withZone("X"));

    assertThat(GridFiles.formatted(parsed))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith(file + ":3: error:").contains("2023-02-30"));
  }
}
