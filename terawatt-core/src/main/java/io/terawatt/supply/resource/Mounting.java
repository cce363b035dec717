package io.terawatt.supply.resource;

/** How PV modules are mounted. */
public enum Mounting {
  /** Fixed tilt and azimuth; by default tilted at the latitude and facing the equator. */
  FIXED_TILT,
  /**
   * Single-axis tracking about a horizontal north-south axis, turning east in the morning and west
   * in the afternoon up to a rotation limit, without backtracking (no row-to-row shading).
   */
  SINGLE_AXIS
}
