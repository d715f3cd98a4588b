/**
 * Reports: self-contained HTML files with inline SVG charts, tables of the numbers from the result
 * files, the resolved scenario and provenance, for a run ({@link atlas.analysis.report.RunReport}),
 * a sweep ({@link atlas.analysis.report.SweepReport}) or a comparison ({@link
 * atlas.analysis.report.ComparisonReport}), and the comparison as a terminal table ({@link
 * atlas.analysis.report.ComparisonTable}). {@link atlas.analysis.report.HtmlPage} builds the page
 * and escapes every piece of text.
 */
package atlas.analysis.report;
