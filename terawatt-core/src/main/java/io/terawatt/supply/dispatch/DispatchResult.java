package io.terawatt.supply.dispatch;

import io.terawatt.supply.HourlyFlows;
import io.terawatt.supply.SupplyMetrics;

/**
 * A simulated year.
 *
 * @param flows hourly flows
 * @param metrics yearly figures
 */
public record DispatchResult(HourlyFlows flows, SupplyMetrics metrics) {}
