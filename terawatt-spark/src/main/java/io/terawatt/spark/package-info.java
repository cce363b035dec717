/**
 * The outlook's Monte Carlo on Apache Spark. This module holds no rule: {@link
 * io.terawatt.spark.SparkParallelMap} implements the core's {@code ParallelMap} port on an RDD, the
 * core's {@code ClusterEngine} cuts the samples into blocks computed by the same projection as the
 * in-process engine (bit-identical percentiles), and {@link io.terawatt.spark.SparkOutlookRunner}
 * parses its arguments and calls the core's {@code RemoteSampling}.
 */
package io.terawatt.spark;
