/**
 * The analyzer's entry point ({@link org.persistlab.analyzer.report.WireAnalysis}), its immutable
 * result ({@link org.persistlab.analyzer.report.AnalysisReport}) with the ordered tree behind
 * {@code --format json}, and the plain-text tables ({@link org.persistlab.analyzer.report.ReportText}).
 */
package org.persistlab.analyzer.report;
