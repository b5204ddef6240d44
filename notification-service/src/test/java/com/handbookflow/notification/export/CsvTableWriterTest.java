package com.handbookflow.notification.export;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTableWriterTest {

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_with_quotes_doubled_and_lines_end_in_crlf_after_a_bom() {
        Table table = new Table("表", "table", "表", List.of(Table.column("说明", "Note"), Table.column("数", "Count")),
                List.of(Arrays.asList("缺少签字, \"急\"\n另见附件", 3L), Arrays.asList(null, 1.5)));
        assertEquals("\uFEFF说明 (Note),数 (Count)\r\n\"缺少签字, \"\"急\"\"\n另见附件\",3\r\n,1.5\r\n",
                new String(CsvTableWriter.write(table), StandardCharsets.UTF_8));
    }
}
