package io.terawatt.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.terawatt.outlook.montecarlo.MonteCarloResult;
import io.terawatt.outlook.montecarlo.ProgressListener;
import io.terawatt.outlook.parameter.BuiltInScenarios;
import io.terawatt.outlook.parameter.Scenario;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outlook service with its engines: the cluster engine and a remote run through files give the
 * in-process numbers bit for bit; the request carries the run.
 */
class OutlookEnginesTest {
  @TempDir Path dir;

  /** A cluster that runs the tasks here, last item first, and returns them in item order. */
  private static final ParallelMap BACKWARDS =
      new ParallelMap() {
        @Override
        public <T extends Serializable, R extends Serializable> List<R> map(
            List<T> items, Task<T, R> task) {
          List<R> out = new ArrayList<>(Collections.nCopies(items.size(), null));
          for (int i = items.size() - 1; i >= 0; i--) {
            out.set(i, task.apply(items.get(i)));
          }
          return out;
        }
      };

  private static void assertSame(MonteCarloResult a, MonteCarloResult b) {
    for (int m = 0; m < 4; m++) {
      assertThat(a.band(m).p5()).containsExactly(b.band(m).p5());
      assertThat(a.band(m).p50()).containsExactly(b.band(m).p50());
      assertThat(a.band(m).p95()).containsExactly(b.band(m).p95());
    }
  }

  @Test
  void theClusterEngineEqualsTheLocalEngine() {
    Scenario s = BuiltInScenarios.find("rebound").orElseThrow();
    AtomicLong done = new AtomicLong();

    MonteCarloResult cluster =
        new ClusterEngine(BACKWARDS).run(s, 2500, 5, (d, total) -> done.set(d));

    assertSame(cluster, new LocalEngine(2).run(s, 2500, 5, ProgressListener.NONE));
    assertThat(done.get()).isEqualTo(2500);
  }

  @Test
  void aRemoteRunThroughFilesEqualsTheLocalEngine() throws Exception {
    List<RemoteSamplingSummary> summaries = new ArrayList<>();
    SampleEngine remote =
        RemoteSampling.engine(
            (scenario, samples, seed, result) ->
                summaries.add(
                    RemoteSampling.run(
                        new RemoteSamplingRequest(scenario.toString(), samples, seed, result),
                        new ClusterEngine(BACKWARDS))));
    Scenario s = Scenario.defaults();

    MonteCarloResult r = remote.run(s, 1500, 9, ProgressListener.NONE);

    assertSame(r, new LocalEngine(1).run(s, 1500, 9, ProgressListener.NONE));
    assertThat(summaries).hasSize(1);
    assertThat(summaries.get(0).scenario()).isEqualTo("default");
    assertThat(summaries.get(0).year()).isEqualTo(2030);
    assertThat(summaries.get(0).electricityP50_TWh()).isEqualTo(r.electricity_TWh().p50()[6]);
  }

  @Test
  void aRemoteRunTakesABuiltInScenarioByName() throws Exception {
    Path result = dir.resolve("result.ser");

    RemoteSamplingSummary s =
        RemoteSampling.run(
            new RemoteSamplingRequest("fusion-by-2035", 1200, 3, result), new LocalEngine(1));

    assertThat(s.scenario()).isEqualTo("fusion-by-2035");
    assertThat(s.samples()).isEqualTo(1200);
    assertThat(Files.size(result)).isPositive();
  }

  @Test
  void aRunnerThatWritesNothingFails() {
    SampleEngine silent = RemoteSampling.engine((scenario, samples, seed, result) -> {});

    assertThatThrownBy(() -> silent.run(Scenario.defaults(), 10, 1, ProgressListener.NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no result");
  }

  @Test
  void theRequestRunsTheOutlookAsTheDetailedCallDoes() {
    Scenario s = Scenario.defaults();
    OutlookRequest request =
        new OutlookRequest(new OutlookScenario(s), 1500, 4, 0, OptionalInt.of(2), "local");

    OutlookReport viaRequest =
        OutlookService.run(request, new LocalEngine(2), OutlookProgress.NONE);
    OutlookReport direct =
        OutlookService.run(s, 1500, 4, new LocalEngine(2), "local", 0, 2, ProgressListener.NONE);

    assertSame(viaRequest.bands(), direct.bands());
    assertThat(viaRequest.engine()).isEqualTo("local");
    assertThat(viaRequest.sensitivity()).isEmpty();
  }

  @Test
  void theRequestChecksItsCountsAndDefaultsToEveryProcessor() {
    Scenario s = Scenario.defaults();
    assertThatThrownBy(
            () -> new OutlookRequest(new OutlookScenario(s), 0, 1, 0, OptionalInt.empty(), "local"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new OutlookRequest(new OutlookScenario(s), 10, 1, -1, OptionalInt.empty(), "local"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            new OutlookRequest(new OutlookScenario(s), 10, 1, 0, OptionalInt.empty(), "local")
                .threadCount())
        .isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void theDefaultScenarioPassesItsCalibration() {
    OutlookCalibrationReport report =
        OutlookService.calibrate(
            new OutlookRequest(
                new OutlookScenario(Scenario.defaults()), 4000, 42, 0, OptionalInt.of(2), "local"));

    assertThat(report.scenario()).isEqualTo("default");
    assertThat(report.rows()).isNotEmpty();
    assertThat(report.anyFailed()).isFalse();
  }
}
