package io.terawatt.grid.typical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Yearly zone means are written as a wide table and read back, also from the source layout. */
class YearlyMeanCodecTest {

  private static String write(List<YearlyMean> means) throws IOException {
    StringWriter out = new StringWriter();
    YearlyMeanCodec.write(means, out);
    return out.toString();
  }

  private static List<YearlyMean> read(String text) throws IOException {
    return YearlyMeanCodec.read(new StringReader(text));
  }

  @Test
  void writesOneRowPerZoneAndOneColumnPerYear() throws IOException {
    List<YearlyMean> means =
        List.of(
            new YearlyMean("AT", 2021, 219.97212),
            new YearlyMean("AT", 2020, 190.85306),
            new YearlyMean("AU-NSW", 2022, 592.92341),
            new YearlyMean("AT", 2022, 244.5));

    assertThat(write(means))
        .isEqualTo(
            "zone\tmean_gCO2e_per_kWh_2020\tmean_gCO2e_per_kWh_2021\tmean_gCO2e_per_kWh_2022\n"
                + "AT\t190.9\t220\t244.5\n"
                + "AU-NSW\t\t\t592.9\n");
  }

  @Test
  void roundTripKeepsTheRoundedMeans() throws IOException {
    List<YearlyMean> means =
        List.of(
            new YearlyMean("DE", 2020, 311.04),
            new YearlyMean("DE", 2021, 349.96),
            new YearlyMean("SG", 2021, 490.0));

    assertThat(read(write(means)))
        .containsExactly(
            new YearlyMean("DE", 2020, 311.0),
            new YearlyMean("DE", 2021, 350.0),
            new YearlyMean("SG", 2021, 490.0));
  }

  @Test
  void readsTheElectricityMapsCommaSeparatedLayout() throws IOException {
    String csv =
        "zonecode,2020,2021,2022\n"
            + "AT,190.85306466302367,219.97212328767125,244.51572602739722\n"
            + "AU-NSW,692.2323542805101,655.3585228310502,592.9234143835615\n";

    List<YearlyMean> means = read(csv);

    assertThat(means).hasSize(6);
    assertThat(means.get(0)).isEqualTo(new YearlyMean("AT", 2020, 190.85306466302367));
    assertThat(means.get(5)).isEqualTo(new YearlyMean("AU-NSW", 2022, 592.9234143835615));
  }

  @Test
  void malformedRowsAreReportedWithTheirLineNumbers() {
    String text =
        "# yearly means\n"
            + "zone\t2021\t2022\n"
            + "DE\t350\tabc\n"
            + "SG\t490\n"
            + "GB\t-3\t100\n"
            + "DE\t1\t2\n";

    assertThatThrownBy(() -> read(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4 problems")
        .hasMessageContaining("line 3: the 2022 mean of DE ('abc') is not a number")
        .hasMessageContaining("line 4: expected 3 fields, found 2")
        .hasMessageContaining("line 5: The 2021 mean of GB (-3.0 gCO2e_per_kWh)")
        .hasMessageContaining("line 6: zone DE is already on line 3");
  }

  @Test
  void headerColumnsMustBeYears() {
    assertThatThrownBy(() -> read("zone\tmean\nDE\t1\n"))
        .hasMessageContaining("line 1: column 2 ('mean') must be a year");
    assertThatThrownBy(() -> read("zone\t2021\t2021\n"))
        .hasMessageContaining("year 2021 has two columns");
  }

  @Test
  void twoMeansForOneZoneAndYearAreNotWritten() {
    assertThatThrownBy(
            () -> write(List.of(new YearlyMean("DE", 2021, 1), new YearlyMean("DE", 2021, 2))))
        .hasMessageContaining("DE has two means for 2021");
  }

  @Test
  void invalidMeansAreRejected() {
    assertThatThrownBy(() -> new YearlyMean("DE", 2021, Double.NaN)).hasMessageContaining("DE");
    assertThatThrownBy(() -> new YearlyMean("", 2021, 1)).hasMessageContaining("zone");
  }
}
