package com.handbookflow.core.attachment;

import com.handbookflow.core.domain.ContentRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FileNamesAndTypesTest {

    private static final ContentTypeCheck DEFAULT_TYPES = new ContentTypeCheck(List.of("application/pdf",
            "audio/mpeg", "audio/mp4", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "text/csv"));

    @TempDir
    Path directory;

    @Test
    void a_name_keeps_its_chinese_letters_and_loses_its_directories_and_leading_dots() {
        assertEquals("竞品分析.xlsx", FileNames.sanitise("/tmp/../竞品分析.xlsx"));
        assertEquals("passwd", FileNames.sanitise("../../etc/.../..passwd"));
        assertEquals("a_b_.pdf", FileNames.sanitise("a<b>.pdf"));
        assertEquals(FileNames.FALLBACK, FileNames.sanitise(" .. "));
    }

    @Test
    void a_very_long_name_is_shortened_keeping_its_extension() {
        String name = FileNames.sanitise("测".repeat(300) + ".docx");
        assertEquals(FileNames.MAX_LENGTH, name.codePointCount(0, name.length()));
        assertTrue(name.endsWith("测.docx"));
    }

    @Test
    void call_recordings_office_documents_and_csv_are_recognised_by_their_first_bytes() throws IOException {
        assertEquals("audio/mpeg", DEFAULT_TYPES.contentTypeOf(file("ID3\u0004\u0000rest", "audio/mpeg"), "call.mp3"));
        assertEquals("audio/mp4", DEFAULT_TYPES.contentTypeOf(file("\u0000\u0000\u0000\u0020ftypM4A ", "audio/mp4"), "call.m4a"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                DEFAULT_TYPES.contentTypeOf(file("PK\u0003\u0004word/", null), "测试报告.docx"));
        assertEquals("text/csv", DEFAULT_TYPES.contentTypeOf(file("品类,销量\n冰箱,120\n", "text/csv"), "sales.csv"));
    }

    @Test
    void a_program_is_refused_whatever_it_is_called() throws IOException {
        assertEquals(ContentRefusedException.Reason.TYPE_NOT_ALLOWED, assertThrows(ContentRefusedException.class,
                () -> DEFAULT_TYPES.contentTypeOf(file("MZ\u0090\u0000", "text/csv"), "sales.csv")).reason());
        assertEquals(ContentRefusedException.Reason.TYPE_NOT_ALLOWED, assertThrows(ContentRefusedException.class,
                () -> DEFAULT_TYPES.contentTypeOf(file("\u007fELF", "application/pdf"), "plan.pdf")).reason());
    }

    private IncomingFile file(String content, String declaredType) throws IOException {
        Path path = Files.createTempFile(directory, "upload", ".bin");
        byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1.newEncoder().canEncode(content)
                ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        Files.write(path, bytes);
        return new IncomingFile(path, "ignored", declaredType, bytes.length);
    }
}
