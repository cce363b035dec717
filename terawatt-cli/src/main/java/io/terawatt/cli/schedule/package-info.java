/** {@code terawatt schedule}: carbon-aware placement of batch work. */
package io.terawatt.cli.schedule;
