package io.terawatt.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** Spark contexts for the outlook, bound to the loopback interface when local. */
public final class SparkContexts {
  private SparkContexts() {}

  /**
   * A context for a master URL such as {@code local[*]}. Local masters bind driver and UI to
   * 127.0.0.1 (otherwise Spark binds to the first non-loopback address); the UI is off.
   */
  public static JavaSparkContext create(String master) {
    SparkConf conf =
        new SparkConf().setAppName("terawatt-outlook").set("spark.ui.enabled", "false");
    if (master != null && !master.isBlank()) {
      conf.setMaster(master);
    }
    if (master == null || master.startsWith("local")) {
      conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
    }
    JavaSparkContext context = new JavaSparkContext(conf);
    context.setLogLevel("WARN");
    return context;
  }
}
