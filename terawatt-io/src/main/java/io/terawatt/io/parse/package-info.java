/**
 * The parsing primitives every reader shares: YAML nodes that keep their line and column, typed
 * field access with bounds, number text with units, and the problems found, collected and reported
 * together with file, line, field path and value. Nothing here knows what a scenario or a grid file
 * means; the readers in {@code io.input}, {@code io.grid}, {@code io.resource}, {@code io.schedule}
 * and {@code io.trace} build on it.
 */
package io.terawatt.io.parse;
