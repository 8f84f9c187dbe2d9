package org.persistlab.shell.report;

/** Something a report section shows: a table or a chart. */
public sealed interface ReportBlock permits ReportTable, Chart {
}
