package org.persistlab.shell.report;

import java.util.List;

/**
 * Writes a {@link ReportDocument} as one self-contained HTML page: inline CSS, inline SVG charts with
 * their legends, and tables. There is no script, no font, no image and no reference to anything
 * outside the file, so it opens offline and the same in every browser. The output depends only on
 * the document (no date, no random ids).
 */
public final class HtmlReportWriter {
    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1b1f24;\
            margin:0;background:#f6f7f9}
            main{max-width:980px;margin:0 auto;padding:24px 28px 40px;background:#fff}
            h1{font-size:24px;margin:0 0 8px}h2{font-size:19px;margin:32px 0 6px;padding-top:8px;\
            border-top:1px solid #d8dde3}
            h3{font-size:15px;margin:18px 0 6px}
            .facts{display:flex;flex-wrap:wrap;gap:4px 22px;margin:0 0 10px;padding:0}
            .facts div{display:flex;gap:6px}.facts dt{color:#57606a}.facts dd{margin:0;font-weight:600}
            nav ol{margin:6px 0 0;padding-left:22px;columns:2}
            .note{color:#57606a;margin:4px 0 10px}
            figure{margin:14px 0 20px}figcaption{font-weight:600;margin-bottom:4px}
            svg.chart{width:100%;height:auto;display:block;background:#fff}
            svg .grid{stroke:#e3e7eb;stroke-width:1}svg .axis{stroke:#57606a;stroke-width:1}
            svg text{font-size:11px;fill:#3d444d}svg .label{font-size:12px;fill:#1b1f24}
            .legend{display:flex;flex-wrap:wrap;gap:4px 16px;margin:4px 0 0 64px;font-size:13px}
            .legend span{display:inline-flex;align-items:center;gap:6px}
            .legend i{display:inline-block;width:14px;height:14px;border-radius:2px}
            table{border-collapse:collapse;margin:8px 0 16px;font-variant-numeric:tabular-nums}
            caption{text-align:left;font-weight:600;padding-bottom:4px}
            th,td{padding:3px 12px 3px 0;border-bottom:1px solid #e3e7eb;text-align:left;vertical-align:top}
            th{color:#57606a;font-weight:600}td.n,th.n{text-align:right}
            footer{color:#57606a;font-size:12px;margin-top:36px}
            @media print{body{background:#fff}main{padding:0}}
            """;

    private HtmlReportWriter() {
    }

    /** The whole page. */
    public static String render(ReportDocument doc, String generator) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(doc.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(Html.escape(doc.title())).append("</h1>\n");
        if (!doc.facts().isEmpty()) {
            out.append("<dl class=\"facts\">");
            for (ReportDocument.Fact f : doc.facts()) {
                out.append("<div><dt>").append(Html.escape(f.name())).append("</dt><dd>")
                        .append(Html.escape(f.value())).append("</dd></div>");
            }
            out.append("</dl>\n");
        }
        if (doc.sections().size() > 1) {
            out.append("<nav><ol>");
            for (int i = 0; i < doc.sections().size(); i++) {
                out.append("<li><a href=\"#s").append(i + 1).append("\">")
                        .append(Html.escape(doc.sections().get(i).heading())).append("</a></li>");
            }
            out.append("</ol></nav>\n");
        }
        for (int i = 0; i < doc.sections().size(); i++) {
            section(out, "s" + (i + 1), doc.sections().get(i));
        }
        out.append("<footer>").append(Html.escape(generator))
                .append(". A self-contained report: no scripts, no network.</footer>\n</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void section(StringBuilder out, String id, ReportSection s) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(s.heading())).append("</h2>\n");
        if (!s.note().isEmpty()) {
            out.append("<p class=\"note\">").append(Html.escape(s.note())).append("</p>\n");
        }
        for (ReportBlock b : s.blocks()) {
            if (b instanceof Chart c) {
                chart(out, c);
            } else if (b instanceof ReportTable t) {
                table(out, t);
            }
        }
        out.append("</section>\n");
    }

    private static void chart(StringBuilder out, Chart c) {
        out.append("<figure>\n<figcaption>").append(Html.escape(c.title())).append("</figcaption>\n");
        SvgChart.write(c, out);
        List<ChartSeries> series = c.series();
        out.append("<div class=\"legend\">");
        for (int k = 0; k < series.size(); k++) {
            out.append("<span><i style=\"background:").append(SvgChart.color(k)).append("\"></i>")
                    .append(Html.escape(series.get(k).name())).append("</span>");
        }
        out.append("</div>\n</figure>\n");
    }

    private static void table(StringBuilder out, ReportTable t) {
        out.append("<table>");
        if (!t.caption().isEmpty()) {
            out.append("<caption>").append(Html.escape(t.caption())).append("</caption>");
        }
        out.append("\n<thead><tr>");
        for (int i = 0; i < t.headers().size(); i++) {
            out.append(t.numeric().contains(i) ? "<th class=\"n\">" : "<th>").append(Html.escape(t.headers().get(i)))
                    .append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                out.append(t.numeric().contains(i) ? "<td class=\"n\">" : "<td>").append(Html.escape(row.get(i)))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }
}
