/**
 * Runs of the plan job started through the server: queued, run on a worker pool, watched through
 * progress events, cancelled on request, and recorded in the database at every state change.
 */
package io.terawatt.server.run;
