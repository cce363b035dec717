package io.terawatt.outlook;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * A cluster that applies a task to every item, in parallel and possibly on other machines, and
 * returns the results in item order: the port a {@link ClusterEngine} runs its sample blocks
 * through. terawatt-spark implements it with an RDD.
 */
public interface ParallelMap {
  /** {@code task} applied to every item, results in item order. */
  <T extends Serializable, R extends Serializable> List<R> map(List<T> items, Task<T, R> task);

  /**
   * A function shipped to the cluster's workers, hence serializable.
   *
   * @param <T> the item type
   * @param <R> the result type
   */
  @FunctionalInterface
  interface Task<T, R> extends Function<T, R>, Serializable {}
}
