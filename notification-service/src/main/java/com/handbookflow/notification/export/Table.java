package com.handbookflow.notification.export;

import java.util.List;
import java.util.Objects;

/**
 * What an export holds, independent of its file format: bilingual column headings and rows of cells.
 * Cells are Strings, Numbers or Booleans (null for empty) so the Excel writer can keep numbers numeric;
 * the CSV writer prints them. The file name is Chinese, with an ASCII fallback for old clients.
 *
 * @param fileNameZh    e.g. {@code 违规记录-2026-Q1}, without extension
 * @param fileNameAscii e.g. {@code violations-2026-Q1}, without extension
 * @param sheetName     the Excel sheet's name (at most 31 characters)
 */
public record Table(String fileNameZh, String fileNameAscii, String sheetName, List<Column> columns,
                    List<List<Object>> rows) {

    public Table {
        Objects.requireNonNull(columns);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** A column heading: Chinese first, English in parentheses, e.g. {@code 业务编号 (Business number)}. */
    public record Column(String zh, String en) {
        public String heading() {
            return zh + " (" + en + ")";
        }
    }

    public static Column column(String zh, String en) {
        return new Column(zh, en);
    }
}
