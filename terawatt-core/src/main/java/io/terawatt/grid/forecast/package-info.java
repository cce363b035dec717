/**
 * Carbon-intensity forecasts from hourly history: baselines (persistence, seasonal naive) and a
 * ridge regression per horizon fitted in log space, all behind {@link
 * io.terawatt.grid.forecast.Forecaster}. A forecast issued at an hour reads only the hours strictly
 * before it. {@link io.terawatt.grid.forecast.ForecastEvaluator} scores a model by rolling origin
 * over a test range, fitted on a separate training range, against the baselines.
 */
package io.terawatt.grid.forecast;
