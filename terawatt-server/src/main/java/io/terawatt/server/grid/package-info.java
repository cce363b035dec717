/**
 * The server's grid data: files uploaded into the grid store (after which the in-memory signals are
 * re-read), the locations with data, and hourly intensities of one location.
 */
package io.terawatt.server.grid;
