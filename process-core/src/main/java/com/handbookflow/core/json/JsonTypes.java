package com.handbookflow.core.json;

import com.handbookflow.core.label.Texts;

import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a client sent wrong, in JSON's words: "text", "an array", never {@code java.lang.String}. */
public final class JsonTypes {

    private static final Texts TEXTS = Texts.of(JsonTypes.class);

    /** A qualified Java name, in backticks or not: {@code `java.lang.String`}, {@code com.x.Request$Part}. */
    private static final Pattern JAVA_NAME = Pattern.compile("`?\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)`?");

    private JsonTypes() {
    }

    public static String describe(Class<?> type) {
        return TEXTS.en(key(type), choices(type));
    }

    public static String describeZh(Class<?> type) {
        return TEXTS.zh(key(type), choices(type));
    }

    /** The bundle key of what a value of {@code type} is in JSON. */
    private static String key(Class<?> type) {
        if (type == String.class || type == Character.class || type == char.class) {
            return "json-type.text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "json-type.boolean";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "json-type.whole-number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "json-type.number";
        }
        if (type.isEnum()) {
            return "json-type.enum";
        }
        if (TemporalAccessor.class.isAssignableFrom(type)) {
            return "json-type.date-time";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "json-type.array";
        }
        return "json-type.object";
    }

    /** The constants of an enumeration, the argument of its text; empty for any other type. */
    private static String choices(Class<?> type) {
        return type.isEnum()
                ? String.join(", ", Arrays.stream(type.getEnumConstants()).map(Object::toString).toList()) : "";
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
