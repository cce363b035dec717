/**
 * The REST API under {@code /api}: scenarios, runs with their results, and grid data. Thin adapters
 * over the repositories, the run manager and the grid services.
 */
package io.terawatt.server.api;
