/**
 * Draws a chart description as one self-contained SVG (no script, no fonts to load): stacked areas
 * over hours, heat-map cells, stacked horizontal bars, and bands, lines and points over a numeric
 * axis. The renderer is chosen by the kinds of the chart's series, never by its id.
 */
package io.terawatt.io.report.chart.svg;
