package io.terawatt.grid.typical;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.grid.SignalForecast;
import io.terawatt.grid.SignalSeries;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The built-in typical years as a signal source, 2020 to 2050. */
class TypicalYearSignalSourceTest {
  final TypicalYearSignalSource source = TypicalYearSignalSource.builtIn();
  final TypicalYear de = BuiltInTypicalYears.get().find("DE").orElseThrow();

  @Test
  void eachHourIsTheMeanOfItsMonthDayTypeAndHourCell() {
    Instant from = Instant.parse("2025-06-07T22:00:00Z"); // a Saturday evening into Sunday
    SignalSeries s = source.history("de", from, from.plusSeconds(4 * 3600)).orElseThrow();

    assertThat(s.start()).isEqualTo(from);
    assertThat(s.size()).isEqualTo(4);
    for (int i = 0; i < 4; i++) {
      assertThat(s.valueAt(i)).isEqualTo(de.mean(from.plusSeconds(3600L * i)));
    }
    assertThat(s.metadata().source()).isEqualTo(TypicalYearSignalSource.ORIGIN);
  }

  @Test
  void hoursOutsideTheServedYearsAreNotServed() {
    Instant from = Instant.parse("2050-12-31T23:00:00Z");
    SignalSeries s = source.history("DE", from, from.plusSeconds(3 * 3600)).orElseThrow();

    assertThat(s.size()).isEqualTo(1);
    assertThat(s.meanOver(from, from.plusSeconds(7200))).isNaN();
    assertThat(source.history("DE", Instant.parse("0001-01-01T00:00:00Z"), from).get().size())
        .isEqualTo(31 * 8760 + 8 * 24 - 1);
    assertThat(source.history("Atlantis", from, from)).isEmpty();
  }

  @Test
  void theTypicalYearIsItsOwnForecast() {
    Instant g = Instant.parse("2025-06-04T10:00:00Z");
    SignalForecast f = source.forecast("DE", g, Duration.ofHours(72)).orElseThrow();

    assertThat(f.model()).isEqualTo("typical-year");
    assertThat(f.values().size()).isEqualTo(72);
    assertThat(f.values().valueAt(5)).isEqualTo(de.mean(g.plusSeconds(5 * 3600)));
  }
}
