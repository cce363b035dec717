package io.terawatt.io.input;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.io.parse.NumberText;
import org.junit.jupiter.api.Test;

/** Numbers are read as people write them: exponents, underscores and count suffixes. */
class NumberTextTest {
  @Test
  void countReadsSuffixes() {
    assertThat(NumberText.count("7B")).hasValue(7e9);
    assertThat(NumberText.count("2T")).hasValue(2e12);
    assertThat(NumberText.count("1.5M")).hasValue(1.5e6);
    assertThat(NumberText.count("3k")).hasValue(3e3);
    assertThat(NumberText.count("4G")).hasValue(4e9);
  }

  @Test
  void countReadsUnderscoresAndExponents() {
    assertThat(NumberText.count("10_000")).hasValue(10_000);
    assertThat(NumberText.count("175e9")).hasValue(175e9);
  }

  @Test
  void plainRejectsSuffixesAndNonNumbers() {
    assertThat(NumberText.plain("7B")).isEmpty();
    assertThat(NumberText.plain("lots")).isEmpty();
    assertThat(NumberText.plain("")).isEmpty();
    assertThat(NumberText.plain("NaN")).isEmpty();
    assertThat(NumberText.plain("Infinity")).isEmpty();
  }

  @Test
  void countRejectsBareSuffixAndWords() {
    assertThat(NumberText.count("B")).isEmpty();
    assertThat(NumberText.count("lots")).isEmpty();
  }
}
