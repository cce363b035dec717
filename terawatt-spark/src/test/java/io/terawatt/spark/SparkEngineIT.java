package io.terawatt.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.terawatt.outlook.ClusterEngine;
import io.terawatt.outlook.LocalEngine;
import io.terawatt.outlook.montecarlo.MonteCarloResult;
import io.terawatt.outlook.montecarlo.ProgressListener;
import io.terawatt.outlook.parameter.BuiltInScenarios;
import io.terawatt.outlook.parameter.Scenario;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cluster engine on Spark local[2] gives the in-process engine's numbers bit for bit. */
class SparkEngineIT {
  private static JavaSparkContext context;

  @BeforeAll
  static void start() {
    context = SparkContexts.create("local[2]");
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  private static ClusterEngine spark() {
    return new ClusterEngine(new SparkParallelMap(context));
  }

  @Test
  void sparkAndLocalEnginesAgreeExactly() {
    for (String name : new String[] {"default", "fusion-by-2035"}) {
      Scenario s = BuiltInScenarios.find(name).orElseThrow();
      MonteCarloResult spark = spark().run(s, 3000, 99, ProgressListener.NONE);
      MonteCarloResult local = new LocalEngine(2).run(s, 3000, 99, ProgressListener.NONE);
      for (int m = 0; m < 4; m++) {
        assertThat(spark.band(m).p5()).containsExactly(local.band(m).p5());
        assertThat(spark.band(m).p50()).containsExactly(local.band(m).p50());
        assertThat(spark.band(m).p95()).containsExactly(local.band(m).p95());
      }
    }
  }

  @Test
  void anotherSeedChangesTheSparkResult() {
    Scenario s = Scenario.defaults();
    MonteCarloResult a = spark().run(s, 1500, 1, ProgressListener.NONE);
    MonteCarloResult b = spark().run(s, 1500, 2, ProgressListener.NONE);
    assertThat(a.electricity_TWh().p50()).isNotEqualTo(b.electricity_TWh().p50());
  }
}
