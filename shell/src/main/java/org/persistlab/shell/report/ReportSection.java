package org.persistlab.shell.report;

import java.util.List;

/**
 * A titled part of a report.
 *
 * @param note   a sentence under the heading (how to read it, where the numbers come from); may be empty
 * @param blocks tables and charts, in order
 */
public record ReportSection(String heading, String note, List<ReportBlock> blocks) {
    public ReportSection {
        blocks = List.copyOf(blocks);
    }
}
