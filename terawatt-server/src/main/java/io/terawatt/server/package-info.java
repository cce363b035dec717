/**
 * {@code terawatt serve}: an HTTP server with the Carbon Aware SDK-compatible endpoints, a REST API
 * for scenarios, runs, results and grid data, persistence in H2 or PostgreSQL, API tokens, and the
 * dashboard.
 */
package io.terawatt.server;
