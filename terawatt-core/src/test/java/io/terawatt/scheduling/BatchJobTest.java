package io.terawatt.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BatchJobTest {

  @Test
  void aJobOfTwoAndAQuarterHoursUsesThreeSlotsAndAQuarterOfTheLast() {
    BatchJob j = BatchJob.of("a", 10, 2.25, 4, 2, false);
    assertThat(j.slots()).isEqualTo(3);
    assertThat(j.lastSlotFraction()).isEqualTo(0.25);
    assertThat(j.deadlineHour()).isEqualTo(17);
    assertThat(j.latestStartHour()).isEqualTo(14);
    assertThat(j.energy_kWh()).isEqualTo(4.5);
  }

  @Test
  void wholeHoursRunTheWholeLastSlot() {
    BatchJob j = BatchJob.of("b", 0, 1, 24, 1, false);
    assertThat(j.slots()).isEqualTo(1);
    assertThat(j.lastSlotFraction()).isEqualTo(1.0);
    assertThat(j.deadlineHour()).isEqualTo(25);
  }

  @Test
  void invalidJobsAreRejectedNamingTheJobAndField() {
    assertThatThrownBy(() -> BatchJob.of("x", 0, 0, 1, 1, false))
        .hasMessageContaining("job x")
        .hasMessageContaining("length_h");
    assertThatThrownBy(() -> BatchJob.of("y", 0, 1, -1, 1, false)).hasMessageContaining("slack_h");
    assertThatThrownBy(() -> BatchJob.of("z", -1, 1, 1, 1, false)).hasMessageContaining("arrival");
  }
}
