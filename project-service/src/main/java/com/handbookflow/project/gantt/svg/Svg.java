package com.handbookflow.project.gantt.svg;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Writes SVG as text, escaping every attribute value and every text node, so a task named
 * {@code <b>&"方案"} is shown as typed and can never break the document. Attributes come as
 * name-value pairs; a null value leaves the attribute out.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();
    private int depth;

    /** Opens {@code <tag ...>}; close it with {@link #end}. */
    Svg start(String tag, Object... attributes) {
        indent().append('<').append(tag);
        attributes(attributes);
        out.append(">\n");
        depth++;
        return this;
    }

    Svg end(String tag) {
        depth--;
        indent().append("</").append(tag).append(">\n");
        return this;
    }

    /** An element without content: {@code <rect .../>}. */
    Svg leaf(String tag, Object... attributes) {
        indent().append('<').append(tag);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** An element holding text: {@code <text ...>escaped</text>}. */
    Svg text(String tag, String text, Object... attributes) {
        indent().append('<').append(tag);
        attributes(attributes);
        out.append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * XML 1.0 text and attribute values (always written in double quotes, so an apostrophe needs no
     * entity): {@code & < > "} as entities; characters XML 1.0 forbids
     * (most control characters, unpaired surrogates, U+FFFE/U+FFFF) dropped.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** A coordinate as SVG wants it: no exponent, no locale, at most two decimals. */
    static String number(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private void attributes(Object... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name-value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            String text = value instanceof Double || value instanceof Float
                    ? number(((Number) value).doubleValue()) : value.toString();
            out.append(' ').append(attributes[i]).append("=\"").append(escape(text)).append('"');
        }
    }

    private StringBuilder indent() {
        return out.append("  ".repeat(Math.max(depth, 0)));
    }
}
