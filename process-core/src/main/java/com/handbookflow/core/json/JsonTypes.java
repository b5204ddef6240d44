package com.handbookflow.core.json;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a client sent wrong, in JSON's words: "text", "an array", never {@code java.lang.String}. */
public final class JsonTypes {

    /** A qualified Java name, in backticks or not: {@code `java.lang.String`}, {@code com.x.Request$Part}. */
    private static final Pattern JAVA_NAME = Pattern.compile("`?\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)`?");

    private JsonTypes() {
    }

    public static String describe(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "text (a JSON string)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
        }
        if (TemporalAccessor.class.isAssignableFrom(type)) {
            return "a date or time in ISO-8601 text (e.g. 2026-09-30T09:00:00+08:00)";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    public static String describeZh(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "文本（JSON 字符串）";
        }
        if (type == Boolean.class || type == boolean.class) {
            return " true 或 false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "数字";
        }
        if (type.isEnum()) {
            return "以下取值之一：" + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
        }
        if (TemporalAccessor.class.isAssignableFrom(type)) {
            return " ISO-8601 日期或时间（例如 2026-09-30T09:00:00+08:00）";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "数组";
        }
        return "对象";
    }

    /** A parser message with every Java class name replaced by what it means in JSON. */
    public static String withoutJavaNames(String message) {
        if (message == null) {
            return "";
        }
        Matcher matcher = JAVA_NAME.matcher(message);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(jsonWord(matcher.group(1))));
        }
        return matcher.appendTail(out).toString();
    }

    private static String jsonWord(String simpleName) {
        return switch (simpleName) {
            case "String", "Character" -> "text";
            case "Integer", "Long", "Short", "BigInteger" -> "a whole number";
            case "Double", "Float", "BigDecimal", "Number" -> "a number";
            case "Boolean" -> "true or false";
            case "List", "ArrayList", "Set", "HashSet", "Collection" -> "an array";
            case "Map", "HashMap", "LinkedHashMap" -> "an object";
            default -> simpleName.contains("$") ? simpleName.substring(simpleName.lastIndexOf('$') + 1) : simpleName;
        };
    }

}
