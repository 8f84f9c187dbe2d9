package org.persistlab.shell.report;

import java.util.List;

/**
 * A report in renderer-neutral form (see the package documentation).
 *
 * @param title    the report's title
 * @param facts    short name/value pairs shown under the title (seed, scenario, files)
 * @param sections in order
 */
public record ReportDocument(String title, List<Fact> facts, List<ReportSection> sections) {
    public ReportDocument {
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
    }

    /** One name/value pair shown under the title. */
    public record Fact(String name, String value) {
    }
}
