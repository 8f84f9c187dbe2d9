/**
 * Reports people want to look at, from a generic input that any result can produce.
 *
 * <h2>The input</h2>
 * A {@link org.persistlab.shell.report.ReportDocument} is a title, a few facts (seed, scenario,
 * files) and sections. Each {@link org.persistlab.shell.report.ReportSection} holds blocks, in order:
 * <ul>
 *   <li>{@link org.persistlab.shell.report.ReportTable}: a caption, headers, rows of already formatted
 *       cells, and which columns are numbers (right-aligned);</li>
 *   <li>{@link org.persistlab.shell.report.Chart}: a kind ({@code LINES}, {@code STACKED_AREA},
 *       {@code STEP} for distribution functions, {@code BARS} for categories), axis labels, an x-axis
 *       format ({@code NUMBER} or {@code CLOCK} for seconds shown as 15m, 1h05m) and
 *       {@link org.persistlab.shell.report.ChartSeries} of (x, y) points.</li>
 * </ul>
 * The simulator's run report and the analyzer's report are turned into this form by small adapters
 * next to their commands; the renderers know nothing about either.
 *
 * <h2>The outputs</h2>
 * {@link org.persistlab.shell.report.HtmlReportWriter} writes one self-contained HTML file: inline
 * CSS and inline SVG, no script, no font, no image and no link to anything outside the file, so it
 * can be mailed or archived and opens the same everywhere. {@link org.persistlab.shell.report.CsvSeriesWriter}
 * writes a {@link org.persistlab.shell.report.SeriesTable} as SIPp-style per-second rows (periodic
 * and cumulative counts). Both are deterministic: the same input gives the same bytes.
 */
package org.persistlab.shell.report;
