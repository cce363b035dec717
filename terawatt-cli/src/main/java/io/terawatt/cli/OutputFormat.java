package io.terawatt.cli;

/** Output formats of the footprint command. */
public enum OutputFormat {
  /** Machine-readable JSON. */
  json,
  /** A terminal table. */
  table,
  /** Tidy CSV, one figure per row. */
  csv
}
