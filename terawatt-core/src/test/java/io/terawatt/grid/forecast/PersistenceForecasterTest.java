package io.terawatt.grid.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Persistence repeats the value of the hour just before the issue time. */
class PersistenceForecasterTest {
  private final PersistenceForecaster persistence = new PersistenceForecaster();

  @Test
  void everyHourIsTheLastObservedValue() {
    var history = Synthetic.of(5, 7, 11, 13, 17);

    assertThat(persistence.forecast(history, Synthetic.hour(3), 4)).containsExactly(11, 11, 11, 11);
    assertThat(persistence.forecast(history, Synthetic.hour(5), 1)).containsExactly(17);
  }

  @Test
  void needsOneHourBeforeTheIssueTime() {
    var history = Synthetic.of(5, 7);

    assertThatThrownBy(() -> persistence.forecast(history, Synthetic.hour(0), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("persistence needs 1 h of history");
  }

  @Test
  void isNamedPersistenceAndReadsOneHourBack() {
    assertThat(persistence.name()).isEqualTo("persistence");
    assertThat(persistence.lookbackHours()).isEqualTo(1);
  }
}
