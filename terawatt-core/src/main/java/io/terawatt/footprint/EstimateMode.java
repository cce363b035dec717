package io.terawatt.footprint;

/** How a training estimate got its device-hours. */
public enum EstimateMode {
  /** From FLOPs, peak throughput and model-FLOPs utilisation. */
  PREDICTIVE,
  /** From device-hours the user gave, as published accounts do. */
  ACCOUNTING
}
