package io.terawatt.supply;

/** How a generating option produces. */
public enum OptionKind {
  /** Output limited hour by hour by a resource (wind, sun, run-of-river): capacity × factor. */
  VARIABLE,
  /** Output chosen up to capacity × availability (nuclear, gas, geothermal, fusion, backup). */
  DISPATCHABLE
}
