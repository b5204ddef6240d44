package com.handbookflow.core.label;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts people read (enumeration labels, problem titles and details) of one module, in Chinese and
 * English, from the module's message bundles {@code i18n/<module>_zh.properties} and
 * {@code i18n/<module>_en.properties} (UTF-8). The module is the package segment after
 * {@code com.handbookflow}: {@code core}, {@code complaint}, {@code launch}, {@code project},
 * {@code notification}.
 * <p>
 * There is no fallback from one language to the other: a key missing in either file is a bug that the
 * module's bundle test ({@code core.testing.BundleTest}) finds, and at run time it fails loudly rather than
 * showing a user the wrong language. Every text is a {@link String#format} pattern ({@code %s}, {@code %d};
 * {@code %%} for a literal percent sign), with or without arguments, so a text reads the same wherever it is
 * used and the bundle test checks it one way.
 */
public final class Texts {

    private static final String BASE_PACKAGE = "com.handbookflow.";
    private static final Map<String, Texts> BY_MODULE = new ConcurrentHashMap<>();

    private final String module;
    private final Map<String, String> zh;
    private final Map<String, String> en;

    private Texts(String module, Map<String, String> zh, Map<String, String> en) {
        this.module = module;
        this.zh = zh;
        this.en = en;
    }

    /** The texts of the module the given class belongs to. */
    public static Texts of(Class<?> anyClassOfTheModule) {
        String module = moduleOf(anyClassOfTheModule);
        return BY_MODULE.computeIfAbsent(module, name -> new Texts(name,
                load(anyClassOfTheModule.getClassLoader(), name, "zh"),
                load(anyClassOfTheModule.getClassLoader(), name, "en")));
    }

    static String moduleOf(Class<?> type) {
        String name = type.getName();
        if (!name.startsWith(BASE_PACKAGE)) {
            throw new IllegalArgumentException(name + " is not in a module of " + BASE_PACKAGE);
        }
        int end = name.indexOf('.', BASE_PACKAGE.length());
        return name.substring(BASE_PACKAGE.length(), end < 0 ? name.length() : end);
    }

    private static Map<String, String> load(ClassLoader loader, String module, String language) {
        String resource = "i18n/" + module + "_" + language + ".properties";
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public String zh(String key, Object... arguments) {
        return text(zh, "zh", key, arguments);
    }

    public String en(String key, Object... arguments) {
        return text(en, "en", key, arguments);
    }

    /** The keys of one language ({@code zh} or {@code en}), for the bundle tests. */
    public Set<String> keys(String language) {
        return switch (language) {
            case "zh" -> zh.keySet();
            case "en" -> en.keySet();
            default -> throw new IllegalArgumentException("no language " + language);
        };
    }

    /** The pattern of {@code key} in one language ({@code zh} or {@code en}) as written, for the bundle tests. */
    public String pattern(String language, String key) {
        String pattern = switch (language) {
            case "zh" -> zh.get(key);
            case "en" -> en.get(key);
            default -> throw new IllegalArgumentException("no language " + language);
        };
        if (pattern == null) {
            throw new IllegalStateException("i18n/" + module + "_" + language + ".properties has no text " + key);
        }
        return pattern;
    }

    private String text(Map<String, String> texts, String language, String key, Object... arguments) {
        String pattern = texts.get(key);
        if (pattern == null) {
            throw new IllegalStateException("i18n/" + module + "_" + language + ".properties has no text " + key);
        }
        if (arguments.length == 0 && pattern.indexOf('%') < 0) {
            return pattern; // an enumeration label on every view: no need to parse it as a pattern
        }
        return String.format(Locale.ROOT, pattern, arguments);
    }
}
