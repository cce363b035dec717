package io.terawatt.grid.typical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.timeseries.HourlySeries;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A year drawn with its history: the planning year is exactly the year drawn alone, and the years
 * before it run into it with the statistics of the forward draw.
 */
class SyntheticHistoryTest {

  @Test
  void thePlanningYearIsTheYearDrawnAlone() {
    TypicalYear ty = BuiltInTypicalYears.get().find("IE").orElseThrow();

    HourlySeries alone = SyntheticYearGenerator.generate(ty, 2030, 3);
    HourlySeries withHistory = SyntheticYearGenerator.generateWithHistory(ty, 2030, 2, 3);

    assertThat(withHistory.start()).isEqualTo(Instant.parse("2028-01-01T00:00:00Z"));
    assertThat(withHistory.end()).isEqualTo(alone.end());
    assertThat(withHistory.hours()).isEqualTo(8784 + 8760 + 8760);
    double[] last = Arrays.copyOfRange(withHistory.values(), 8784 + 8760, withHistory.hours());
    assertThat(last).containsExactly(alone.values());
    assertThat(SyntheticYearGenerator.generateWithHistory(ty, 2030, 0, 3)).isEqualTo(alone);
  }

  @Test
  void theHistoryKeepsTheTypicalYearsLevelAndRunsOnAcrossNewYear() {
    TypicalYear ty = BuiltInTypicalYears.get().find("DE").orElseThrow();

    HourlySeries s = SyntheticYearGenerator.generateWithHistory(ty, 2030, 2, 1);
    double[] history = Arrays.copyOfRange(s.values(), 0, 8784 + 8760);
    double[] year = Arrays.copyOfRange(s.values(), 8784 + 8760, s.hours());

    double historyMean = Arrays.stream(history).average().orElseThrow();
    double yearMean = Arrays.stream(year).average().orElseThrow();
    assertThat(historyMean).isCloseTo(yearMean, within(0.1 * yearMean));
    // Hour to hour, the last hour of the history is as close to the first of the year as any two
    // neighbouring hours are on average: no break at January 1st.
    double step = 0;
    for (int i = 1; i < s.hours(); i++) {
      step += Math.abs(s.valueAt(i) - s.valueAt(i - 1));
    }
    step /= s.hours() - 1;
    double jump = Math.abs(year[0] - history[history.length - 1]);
    assertThat(jump).isLessThan(6 * step);
  }

  @Test
  void theHistoryDependsOnTheSeed() {
    TypicalYear ty = BuiltInTypicalYears.get().find("FR").orElseThrow();

    HourlySeries a = SyntheticYearGenerator.generateWithHistory(ty, 2030, 1, 1);
    HourlySeries b = SyntheticYearGenerator.generateWithHistory(ty, 2030, 1, 2);

    assertThat(a.valueAt(100)).isNotEqualTo(b.valueAt(100));
    assertThat(SyntheticYearGenerator.generateWithHistory(ty, 2030, 1, 1)).isEqualTo(a);
  }
}
