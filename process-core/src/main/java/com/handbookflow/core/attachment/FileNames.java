package com.handbookflow.core.attachment;

import java.text.Normalizer;

/**
 * Makes a client's file name safe to store and to send back in a header: no directories, no control
 * characters, none of the characters Windows forbids, at most 200 characters (the extension kept).
 * Chinese and other letters stay as they are.
 */
public final class FileNames {

    static final int MAX_LENGTH = 200;
    static final String FALLBACK = "attachment";

    private FileNames() {
    }

    public static String sanitise(String name) {
        if (name == null) {
            return FALLBACK;
        }
        String base = Normalizer.normalize(name, Normalizer.Form.NFC);
        // a browser may send "C:\Users\...\file.pdf"; only the last segment is the file's name
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder(base.length());
        base.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || "<>:\"|?*".indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT) {
                clean.append('_');
            } else if (Character.isWhitespace(c)) {
                clean.append(' ');
            } else {
                clean.appendCodePoint(c);
            }
        });
        String result = clean.toString().replaceAll(" {2,}", " ").strip();
        result = result.replaceAll("^\\.+", ""); // no hidden files, no "..": a name, not a path
        if (result.isBlank()) {
            return FALLBACK;
        }
        if (result.codePointCount(0, result.length()) > MAX_LENGTH) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            String stem = result.substring(0, result.length() - extension.length());
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX_LENGTH - extension.length()));
            result = stem + extension;
        }
        return result;
    }

    /** The extension in lower case without the dot, or "". */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
