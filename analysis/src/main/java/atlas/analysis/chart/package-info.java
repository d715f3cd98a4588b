/**
 * Charts of results with JFreeChart, headless: one shared look ({@link
 * atlas.analysis.chart.ChartStyle}: a colour-blind-safe palette, fonts, sizes for one- and
 * two-column paper layouts), export to PNG, SVG and vector PDF with real text ({@link
 * atlas.analysis.chart.ChartExport}), and the chart builders for a run ({@link
 * atlas.analysis.chart.RunCharts}), a sweep ({@link atlas.analysis.chart.SweepCharts}) and a
 * comparison of policies ({@link atlas.analysis.chart.ComparisonCharts}). Builders take the
 * readers' tables and return charts; nothing here runs a simulation.
 */
package atlas.analysis.chart;
