/**
 * The outlook's Monte Carlo on Apache Spark: sample blocks distributed over an RDD, each computed
 * by the same core projection as the in-process engine, merged on the driver into bit-identical
 * percentiles.
 */
package io.terawatt.spark;
