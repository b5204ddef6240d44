package com.handbookflow.core.document;

import java.util.List;

/**
 * Renders a {@link BusinessDocument} as one printable UTF-8 HTML page: Chinese headings with the English
 * beneath, fields as a two-column table, tables as tables. Every value is escaped; the page has no
 * script and no external resource, so it prints and archives as it is.
 */
public final class HtmlDocumentRenderer {

    private static final String STYLE = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#111}
            h1{font-size:1.5em;margin-bottom:0}h2{font-size:1.15em;margin-top:1.5em}
            .en{color:#666;font-size:.8em;font-weight:normal}
            table{border-collapse:collapse;width:100%;margin-top:.5em}
            th,td{border:1px solid #999;padding:.35em .5em;text-align:left;vertical-align:top}
            th{background:#f2f2f2;width:auto}table.fields th{width:22%}
            @media print{body{margin:0}}""";

    private HtmlDocumentRenderer() {
    }

    public static String render(BusinessDocument document) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>")
                .append(escape(document.titleZh() + " " + document.number()))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
        html.append("<h1>").append(escape(document.titleZh())).append("</h1><p class=\"en\">")
                .append(escape(document.titleEn())).append(" · ").append(escape(document.number())).append("</p>\n");
        for (BusinessDocument.Section section : document.sections()) {
            html.append("<h2>").append(escape(section.headingZh())).append(" <span class=\"en\">")
                    .append(escape(section.headingEn())).append("</span></h2>\n");
            if (!section.fields().isEmpty()) {
                html.append("<table class=\"fields\">");
                for (BusinessDocument.Field field : section.fields()) {
                    html.append("<tr><th>").append(escape(field.labelZh())).append("<br><span class=\"en\">")
                            .append(escape(field.labelEn())).append("</span></th><td>")
                            .append(multiline(field.value())).append("</td></tr>");
                }
                html.append("</table>\n");
            }
            if (section.table() != null) {
                table(html, section.table());
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder html, BusinessDocument.Table table) {
        html.append("<table><tr>");
        for (BusinessDocument.Field column : table.columns()) {
            html.append("<th>").append(escape(column.labelZh())).append("<br><span class=\"en\">")
                    .append(escape(column.labelEn())).append("</span></th>");
        }
        html.append("</tr>");
        for (List<String> row : table.rows()) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(multiline(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</table>\n");
    }

    private static String multiline(String value) {
        return escape(value == null ? "-" : value).replace("\n", "<br>");
    }

    /** HTML escaping of text and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
