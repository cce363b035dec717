package io.terawatt.io.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.terawatt.footprint.RequestTrace;
import io.terawatt.io.SharedData;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The real Azure conversation trace reads as about an hour of requests; skipped without data. */
class AzureLlmTraceRealDataIT {
  private static final String CONVERSATION =
      "traces/azure-llm-2023/AzureLLMInferenceTrace_conv.csv";

  @Test
  void readsConversationTraceAsAboutOneHourOfThousandsOfRequests() throws Exception {
    Optional<Path> file = SharedData.find(CONVERSATION);
    assumeTrue(
        file.isPresent(),
        "shared data absent: shared/data/"
            + CONVERSATION
            + " not found above the working directory");

    RequestTrace trace = AzureLlmTraceReader.read(file.get());

    assertThat(trace.requests()).isBetween(1_000, 100_000);
    assertThat(trace.spanHours()).isBetween(0.9, 1.1);
    assertThat(Arrays.stream(trace.inputTokens()).min().orElseThrow()).isNotNegative();
    assertThat(Arrays.stream(trace.outputTokens()).average().orElseThrow()).isGreaterThan(1);
  }
}
