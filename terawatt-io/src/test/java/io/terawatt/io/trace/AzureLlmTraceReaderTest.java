package io.terawatt.io.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.terawatt.footprint.RequestTrace;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Azure LLM trace files are read into token counts and a span; bad rows name their line. */
class AzureLlmTraceReaderTest {
  @TempDir Path tempDir;

  private Path csv(String text) throws Exception {
    Path file = tempDir.resolve("trace.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private InvalidInputException reject(Path file) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> AzureLlmTraceReader.read(file));
    assertThat(e).as("the trace must be rejected").isNotNull();
    return e;
  }

  @Test
  void readsCountsAndSpanWithSevenFractionalDigits() throws Exception {
    Path file =
        csv(
            """
            TIMESTAMP,ContextTokens,GeneratedTokens
            2023-11-16 18:15:46.6805900,4808,10
            2023-11-16 18:45:46.6805900,3180,8
            2023-11-16 20:15:46.6805900,110,27
            """);

    RequestTrace trace = AzureLlmTraceReader.read(file);

    assertThat(trace.requests()).isEqualTo(3);
    assertThat(trace.inputTokens()).containsExactly(4808, 3180, 110);
    assertThat(trace.outputTokens()).containsExactly(10, 8, 27);
    assertThat(trace.spanHours()).isCloseTo(2.0, within(1e-9));
    assertThat(trace.source()).isEqualTo(file.toString());
  }

  @Test
  void spanIsLastMinusFirstRequestWhateverTheRowOrder() throws Exception {
    Path file =
        csv(
            """
            TIMESTAMP,ContextTokens,GeneratedTokens
            2023-11-16 19:00:00.5,10,1
            2023-11-16 18:30:00.5,10,1
            2023-11-16 18:00:00,10,1
            """);

    assertThat(AzureLlmTraceReader.read(file).spanHours())
        .isCloseTo(1.0 + 0.5 / 3600, within(1e-9));
  }

  @Test
  void findsColumnsByNameInAnyOrder() throws Exception {
    Path file =
        csv(
            """
            GeneratedTokens,TIMESTAMP,ContextTokens
            5,2023-11-16 18:00:00,100
            7,2023-11-16 18:30:00,200
            """);

    RequestTrace trace = AzureLlmTraceReader.read(file);

    assertThat(trace.inputTokens()).containsExactly(100, 200);
    assertThat(trace.outputTokens()).containsExactly(5, 7);
  }

  @Test
  void reportsEveryBrokenRowWithItsLine() throws Exception {
    Path file =
        csv(
            """
            TIMESTAMP,ContextTokens,GeneratedTokens
            2023-11-16 18:15:46.6805900,4808,10
            yesterday,4808,10
            2023-11-16 18:15:47.0000000,many,10
            2023-11-16 18:15:48.0000000,100,-3
            2023-11-16 18:15:49.0000000,100
            2023-11-16 18:15:50.0000000,100,12
            """);

    InvalidInputException e = reject(file);

    assertThat(e.problems()).allMatch(p -> p.severity() == Problem.Severity.ERROR);
    assertThat(e.problems()).allMatch(p -> p.file().equals(file.toString()));
    assertThat(e.problems()).extracting(Problem::line).containsExactly(3, 4, 5, 6);
    assertThat(e.problems().get(0).value()).isEqualTo("yesterday,4808,10");
    assertThat(e.problems().get(2).message()).contains("Negative");
    assertThat(e.problems().get(3).message()).contains("Too few columns");
  }

  @Test
  void wrongHeaderIsAnErrorNamingExpectedColumns() throws Exception {
    Path file = csv("time,input,output\n2023-11-16 18:15:46,1,1\n");

    assertThat(reject(file).problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(1);
              assertThat(p.message()).contains("TIMESTAMP, ContextTokens, GeneratedTokens");
            });
  }

  @Test
  void singleRequestIsAnError() throws Exception {
    Path file = csv("TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:15:46,1,1\n");

    assertThat(reject(file).problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("at least two requests");
  }

  @Test
  void emptyFileIsAnError() throws Exception {
    assertThat(reject(csv("")).problems())
        .singleElement()
        .extracting(Problem::message)
        .asString()
        .contains("empty");
  }
}
