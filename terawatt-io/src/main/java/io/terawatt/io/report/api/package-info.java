/**
 * The JSON documents of the server's REST API, as records whose component names are the JSON field
 * names, and the one configured mapper that writes them ({@link
 * io.terawatt.io.report.api.ApiJson}): run and scenario summaries, RFC 9457 problem documents,
 * validation reports, grid imports and queries, and views of a run's stored results ({@link
 * io.terawatt.io.report.api.ResultsExplorer}, {@link io.terawatt.io.report.api.HourlyColumns}). The
 * server builds these records and hands them to the mapper; it builds no JSON itself.
 */
package io.terawatt.io.report.api;
