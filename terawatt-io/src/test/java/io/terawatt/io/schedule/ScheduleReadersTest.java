package io.terawatt.io.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.terawatt.io.SharedData;
import io.terawatt.io.parse.InvalidInputException;
import io.terawatt.io.parse.Problem;
import io.terawatt.scheduling.LatencyMatrix;
import io.terawatt.scheduling.ScalingMeasurements;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scaling-profile and latency-matrix readers. */
class ScheduleReadersTest {
  @TempDir Path dir;

  @Test
  void profileGivesTheMeanIterationTimeOfEachNodeCount() throws Exception {
    Path f =
        Files.writeString(dir.resolve("p.csv"), "nodes,iteration_time\n1,10\n1,12\n2,6\n3,4\n");
    ScalingMeasurements p = ScalingProfileReader.read(f);
    assertThat(p.maxNodes()).isEqualTo(3);
    assertThat(p.meanIterationTime_s()).containsExactly(11.0, 6.0, 4.0);
  }

  @Test
  void everyProfileProblemIsReportedWithLineFieldAndValue() throws Exception {
    Path f =
        Files.writeString(dir.resolve("bad.csv"), "nodes,iteration_time\n1,10\nx,5\n4,-1\n4,3\n");
    assertThatThrownBy(() -> ScalingProfileReader.read(f))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(Problem::line, Problem::path, Problem::value)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(3, "nodes", "x"),
                      org.assertj.core.groups.Tuple.tuple(4, "iteration_time", "-1"),
                      org.assertj.core.groups.Tuple.tuple(0, "nodes", "2"),
                      org.assertj.core.groups.Tuple.tuple(0, "nodes", "3"));
            });
  }

  @Test
  void latencyMatrixKeepsTheFirstOfDuplicateZonesAndReportsBadCells() throws Exception {
    Path f =
        Files.writeString(dir.resolve("l.csv"), "origin,A,B,A\nA,5,40,7\nB,40,5,41\nA,6,41,8\n");
    LatencyMatrix m = LatencyMatrixReader.read(f);
    assertThat(m.destinations()).containsExactly("A", "B");
    assertThat(m.origins()).containsExactly("A", "B");
    assertThat(m.rtt_ms("A", "B")).isEqualTo(40);

    Path bad = Files.writeString(dir.resolve("b.csv"), "origin,A,B\nA,5,x\nB,-3,5\n");
    assertThatThrownBy(() -> LatencyMatrixReader.read(bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems()).extracting(Problem::path).containsExactly("A.B", "B.A"));
  }

  @Test
  void realProfileAndMatrixRead() throws Exception {
    Optional<Path> profile = SharedData.find("traces/cluster-jobs/scaling-profile-nbody100k.csv");
    Optional<Path> matrix = SharedData.find("network/gcp_latency_matrix.csv");
    assumeTrue(
        profile.isPresent() && matrix.isPresent(),
        "shared data absent: scaling profile or latency matrix not found under shared/data");
    ScalingMeasurements p = ScalingProfileReader.read(profile.get());
    assertThat(p.maxNodes()).isEqualTo(10);
    double[] t = p.meanIterationTime_s();
    assertThat(t[0] / t[9]).as("throughput on 10 nodes").isBetween(9.0, 10.5);
    LatencyMatrix m = LatencyMatrixReader.read(matrix.get());
    assertThat(m.rtt_ms("GB", "GB")).isLessThan(10);
    assertThat(m.destinations()).doesNotHaveDuplicates().contains("US-MIDA-PJM");
  }
}
