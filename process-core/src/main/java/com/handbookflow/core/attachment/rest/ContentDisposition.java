package com.handbookflow.core.attachment.rest;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} naming the original file: {@code filename*} in RFC 5987
 * encoding (UTF-8, percent-encoded) so Chinese names survive, and a plain ASCII {@code filename} for
 * clients that read only that.
 */
final class ContentDisposition {

    private static final String ATTR_CHAR = "!#$&+-.^_`|~"; // RFC 5987 attr-char besides ALPHA / DIGIT

    private ContentDisposition() {
    }

    static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHAR.indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static String asciiFallback(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }
}
