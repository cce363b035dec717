/**
 * The server's use cases behind the routes: stored scenarios ({@link
 * io.terawatt.server.run.ScenarioService}), runs of the plan job ({@link
 * io.terawatt.server.run.RunService}: queued, run on a worker pool, watched through progress
 * events, cancelled on request, recorded at every state change) and what a run left ({@link
 * io.terawatt.server.run.RunResults}: results, report, chart description, hourly files).
 */
package io.terawatt.server.run;
