package io.terawatt.spark;

import io.terawatt.outlook.ParallelMap;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The core's {@link ParallelMap} port on Spark: the items become an RDD of up to four slices per
 * core of the cluster, the task runs on the executors, and the results are collected in order.
 */
public final class SparkParallelMap implements ParallelMap {
  /** Slices per unit of default parallelism: small tasks balance better across executors. */
  private static final int SLICES_PER_CORE = 4;

  private final JavaSparkContext context;

  /** A map on an existing context (the caller stops it). */
  public SparkParallelMap(JavaSparkContext context) {
    this.context = context;
  }

  @Override
  public <T extends Serializable, R extends Serializable> List<R> map(
      List<T> items, Task<T, R> task) {
    int slices =
        Math.max(1, Math.min(items.size(), context.defaultParallelism() * SLICES_PER_CORE));
    return context.parallelize(items, slices).map(task::apply).collect();
  }
}
