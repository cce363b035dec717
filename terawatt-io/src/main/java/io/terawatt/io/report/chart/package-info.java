/**
 * One description of the plan's charts, drawn twice: as inline SVG in {@code report.html} and with
 * ECharts on the dashboard. {@link io.terawatt.io.report.chart.PlanChartBuilder} builds a {@link
 * io.terawatt.io.report.chart.ChartSet} once from a plan result: charts, their axes with titles and
 * units, and series with a name, a unit, values and a kind. Colours come from one {@link
 * io.terawatt.io.report.chart.Palette} table, so a technology has one name and one colour in every
 * chart. {@link io.terawatt.io.report.chart.ChartJsonWriter} writes the description for the
 * dashboard; renderers draw it without knowing which chart is which.
 */
package io.terawatt.io.report.chart;
