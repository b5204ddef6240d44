package com.handbookflow.notification.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV: CRLF line ends, every field that holds a comma, quote or line break quoted, quotes doubled.
 * Starts with a UTF-8 byte order mark: without it Excel reads the file as the local ANSI code page and the
 * Chinese headings come out garbled.
 */
public final class CsvTableWriter {

    private static final String BOM = "\uFEFF";

    private CsvTableWriter() {
    }

    public static byte[] write(Table table) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, table.columns().stream().<Object>map(Table.Column::heading).toList());
        table.rows().forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(cells.get(i)));
        }
        csv.append("\r\n");
    }

    static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
