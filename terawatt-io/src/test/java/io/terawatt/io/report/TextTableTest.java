package io.terawatt.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text tables align their columns: text to the left, numbers to the right. */
class TextTableTest {
  @Test
  void alignsTextLeftAndNumbersRight() {
    String text =
        new TextTable(List.of("name", "unit", "value"))
            .row(List.of("a", "kWh", "1.5"))
            .row(List.of("longer", "MWh", "100"))
            .render();

    assertThat(text.lines())
        .containsExactly(
            "name    unit  value",
            "------  ----  -----",
            "a       kWh     1.5",
            "longer  MWh     100");
  }

  @Test
  void rejectsRowWithWrongCellCount() {
    TextTable table = new TextTable(List.of("a", "b"));

    assertThatThrownBy(() -> table.row(List.of("only one")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 cells")
        .hasMessageContaining("2 columns");
    assertThatThrownBy(() -> table.row(List.of("1", "2", "3")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formatsNumbersWithSignificantDigits() {
    assertThat(TextTable.num(1234.5678, 4)).isEqualTo("1235");
    assertThat(TextTable.num(0.5, 3)).isEqualTo("0.5");
    assertThat(TextTable.num(3.14e23, 3)).isEqualTo("3.14e+23");
    assertThat(TextTable.num(0, 3)).isEqualTo("0");
    assertThat(TextTable.num(Double.NaN, 3)).isEqualTo("-");
  }
}
