package com.handbookflow.core.attachment;

import com.handbookflow.core.label.Texts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides an upload's content type: the type the client declared (or, when it declared none or
 * {@code application/octet-stream}, the one its extension names) must be on the allow-list, and for
 * the common types the file's first bytes must show that kind of file, so a renamed program is refused.
 */
public final class ContentTypeCheck {

    static final String OCTET_STREAM = "application/octet-stream";
    private static final int SNIFF_BYTES = 8192;

    /** What the first bytes of a file of a type look like. */
    enum Signature {
        PDF, PNG, JPEG, OLE2, ZIP, MP3, MP4, WAV, TEXT;

        boolean matches(byte[] head) {
            return switch (this) {
                case PDF -> startsWith(head, "%PDF-".getBytes(StandardCharsets.US_ASCII));
                case PNG -> startsWith(head, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
                case JPEG -> startsWith(head, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
                case OLE2 -> startsWith(head, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                        (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
                case ZIP -> startsWith(head, new byte[]{'P', 'K', 3, 4}) || startsWith(head, new byte[]{'P', 'K', 5, 6});
                case MP3 -> startsWith(head, "ID3".getBytes(StandardCharsets.US_ASCII))
                        || (head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0);
                case MP4 -> head.length >= 8 && Arrays.equals(head, 4, 8, "ftyp".getBytes(StandardCharsets.US_ASCII), 0, 4);
                case WAV -> startsWith(head, "RIFF".getBytes(StandardCharsets.US_ASCII)) && head.length >= 12
                        && Arrays.equals(head, 8, 12, "WAVE".getBytes(StandardCharsets.US_ASCII), 0, 4);
                // text has no signature: it is text if it holds no NUL byte (UTF-8 and GBK alike)
                case TEXT -> !isExecutable(head) && indexOf(head, (byte) 0) < 0;
            };
        }
    }

    private static final Map<String, Signature> SIGNATURES = Map.ofEntries(
            Map.entry("application/pdf", Signature.PDF),
            Map.entry("image/png", Signature.PNG),
            Map.entry("image/jpeg", Signature.JPEG),
            Map.entry("application/msword", Signature.OLE2),
            Map.entry("application/vnd.ms-excel", Signature.OLE2),
            Map.entry("application/vnd.ms-powerpoint", Signature.OLE2),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Signature.ZIP),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signature.ZIP),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", Signature.ZIP),
            Map.entry("application/zip", Signature.ZIP),
            Map.entry("audio/mpeg", Signature.MP3),
            Map.entry("audio/mp4", Signature.MP4),
            Map.entry("audio/x-m4a", Signature.MP4),
            Map.entry("audio/wav", Signature.WAV),
            Map.entry("audio/x-wav", Signature.WAV),
            Map.entry("text/plain", Signature.TEXT),
            Map.entry("text/csv", Signature.TEXT));

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("txt", "text/plain"), Map.entry("csv", "text/csv"), Map.entry("zip", "application/zip"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"), Map.entry("wav", "audio/wav"));

    private static final Texts TEXTS = Texts.of(ContentTypeCheck.class);

    private final List<String> allowed;

    public ContentTypeCheck(List<String> allowed) {
        this.allowed = allowed.stream().map(ContentTypeCheck::normalise).toList();
    }

    /** The content type to store and serve, or a refusal (415) naming the allowed types. */
    public String contentTypeOf(IncomingFile file, String fileName) {
        String declared = file.declaredType() == null ? OCTET_STREAM : normalise(file.declaredType());
        String type = OCTET_STREAM.equals(declared)
                ? BY_EXTENSION.getOrDefault(FileNames.extension(fileName), OCTET_STREAM) : declared;
        if (!allowed.contains(type)) {
            throw AttachmentRefusals.unsupportedType(declared, TEXTS.en("attachment-type-not-allowed.type"),
                    TEXTS.zh("attachment-type-not-allowed.type"), allowed);
        }
        byte[] head = head(file);
        Signature signature = SIGNATURES.get(type);
        if (isExecutable(head) || (signature != null && !signature.matches(head))) {
            throw AttachmentRefusals.unsupportedType(declared,
                    TEXTS.en("attachment-type-not-allowed.content", type),
                    TEXTS.zh("attachment-type-not-allowed.content", type), allowed);
        }
        return type;
    }

    /** Programs (Windows PE, ELF) are refused whatever they are called. */
    static boolean isExecutable(byte[] head) {
        return startsWith(head, new byte[]{'M', 'Z'}) || startsWith(head, new byte[]{0x7F, 'E', 'L', 'F'});
    }

    static String normalise(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static byte[] head(IncomingFile file) {
        try (InputStream in = Files.newInputStream(file.path())) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(head, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] head, byte value) {
        for (int i = 0; i < head.length; i++) {
            if (head[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
