package com.handbookflow.notification.export.rest;

import com.handbookflow.notification.export.CsvTableWriter;
import com.handbookflow.notification.export.ExportFormat;
import com.handbookflow.notification.export.Table;
import com.handbookflow.notification.export.XlsxTableWriter;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A table as a download in the asked format, named in Chinese (RFC 6266 / RFC 5987 {@code filename*}). */
public final class TableDownload {

    private TableDownload() {
    }

    public static Response of(Table table, ExportFormat format) {
        byte[] body = switch (format) {
            case CSV -> CsvTableWriter.write(table);
            case XLSX -> XlsxTableWriter.write(table);
        };
        return Response.ok(body, format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(table, format))
                .build();
    }

    static String contentDisposition(Table table, ExportFormat format) {
        String zh = table.fileNameZh() + "." + format.extension();
        String ascii = table.fileNameAscii() + "." + format.extension();
        // URLEncoder is form encoding: a space would become '+', which RFC 5987 reads literally.
        String encoded = URLEncoder.encode(zh, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
