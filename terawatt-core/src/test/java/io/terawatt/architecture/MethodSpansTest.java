package io.terawatt.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.terawatt.architecture.MethodSpans.MethodSpan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The line counter behind "no command or route method over 40 lines", on a command that has every
 * brace a parser can trip on: in comments, strings, text blocks, character literals, annotations,
 * lambdas, anonymous and nested classes, records and enums.
 */
class MethodSpansTest {

  private static final Path FILE = Path.of("LongCommand.java");

  @Test
  void everyMethodIsFoundFromItsNameToItsClosingBrace() throws IOException {
    List<MethodSpan> spans = MethodSpans.of(FILE, longCommand());

    assertThat(spans)
        .extracting(MethodSpan::method, MethodSpan::firstLine, MethodSpan::lastLine)
        .containsExactlyInAnyOrder(
            tuple("call", 19, 52),
            tuple("shortOne", 54, 56),
            tuple("Pair", 59, 63),
            tuple("sum_MW", 65, 67),
            tuple("label", 74, 76));
  }

  @Test
  void aMethodOneLineOverTheLimitIsReportedAndOneAtTheLimitIsNot() throws IOException {
    MethodSpan call = new MethodSpan(FILE, "call", 19, 52);
    assertThat(call.lines()).isEqualTo(34);

    List<MethodSpan> overLimit = MethodSpans.of(FILE, longCommand());
    assertThat(overLimit.stream().filter(s -> s.lines() > 33)).containsExactly(call);
    assertThat(overLimit.stream().filter(s -> s.lines() > 34)).isEmpty();
    assertThat(call).hasToString("LongCommand.java:19 call() is 34 lines");
  }

  @Test
  void commentsStringsAndCharactersAreBlankedButLinesAreKept() {
    String blanked =
        MethodSpans.blankCommentsAndLiterals("a(\"{\"); // }\nchar c = '}'; /* {\n */ b();");

    assertThat(blanked).doesNotContain("{").doesNotContain("}");
    assertThat(blanked.lines()).hasSize(3);
    assertThat(blanked).startsWith("a(").endsWith("b();");
  }

  private static String longCommand() throws IOException {
    try (InputStream in = MethodSpansTest.class.getResourceAsStream("LongCommand.java.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
