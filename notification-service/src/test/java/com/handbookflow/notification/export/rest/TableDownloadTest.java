package com.handbookflow.notification.export.rest;

import com.handbookflow.notification.export.ExportFormat;
import com.handbookflow.notification.export.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TableDownloadTest {

    @Test
    void the_file_name_is_chinese_in_filename_star_and_ascii_in_filename() {
        Table table = new Table("违规记录-2026-Q1", "violations-2026-Q1", "违规记录", List.of(), List.of());
        assertEquals("attachment; filename=\"violations-2026-Q1.xlsx\"; "
                        + "filename*=UTF-8''%E8%BF%9D%E8%A7%84%E8%AE%B0%E5%BD%95-2026-Q1.xlsx",
                TableDownload.contentDisposition(table, ExportFormat.XLSX));
    }
}
