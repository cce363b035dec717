/**
 * JMH benchmarks of the footprint engine in {@code terawatt-core}.
 *
 * <p>Build the shaded jar with {@code mvn -B -q -Dquickly -DskipTests package -pl
 * terawatt-core,terawatt-bench -am} and run {@code java -jar terawatt-bench/target/benchmarks.jar
 * EstimateBenchmark -f 1 -t 1}. These benchmarks are never a CI gate; see {@code
 * docs/benchmarks.md} for the measured figures.
 */
package io.terawatt.bench;
