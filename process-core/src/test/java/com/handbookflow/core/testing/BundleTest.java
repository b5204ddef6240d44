package com.handbookflow.core.testing;

import com.handbookflow.core.label.Labeled;
import com.handbookflow.core.label.Texts;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The module's message bundles ({@code i18n/<module>_zh.properties} and {@code _en}, read through
 * {@link Texts}) are complete and hold nothing stale: both languages have the same keys, every text is
 * written in both (the Chinese one in Chinese, unless it is a mere layout such as {@code %s：%s}), a format pattern takes the same arguments in both, every
 * constant of every {@link Labeled} enumeration of the module has its labels, and every key is used. Each
 * module extends this with its base package.
 * <p>
 * "Used" is decided from the compiled main classes of the module (found by ArchUnit's class file importer,
 * tests and jars left out): a label key {@code Enumeration.CONSTANT} must name a constant of a Labeled
 * enumeration of the module; a problem key {@code problem.<type>.title} (or {@code .detail}) must have its
 * {@code <type>} as a string constant of some main class (the literal passed to {@code ProblemText.of}, a
 * key of that problem, or a type URI ending in it); any
 * other key must itself be a string constant of some main class. The string constants are read from the
 * class files' constant pools (the {@code CONSTANT_Utf8} entries, which hold every string literal), so the
 * check sees exactly the literals the compiler kept, wherever they are, without parsing sources.
 */
public abstract class BundleTest {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    /** A {@link java.util.Formatter} specifier, as {@link String#format} reads it. */
    private static final Pattern SPECIFIER =
            Pattern.compile("%(\\d+\\$)?([-#+ 0,(<]*)?(\\d+)?(\\.\\d+)?([tT])?([a-zA-Z%])");

    /** The module's base package, e.g. {@code com.handbookflow.complaint}. */
    protected abstract String basePackage();

    /** Imported once per module: importing is the slow part of these tests. */
    private static final Map<String, JavaClasses> MAIN_CLASSES = new ConcurrentHashMap<>();

    private JavaClasses mainClasses() {
        return MAIN_CLASSES.computeIfAbsent(basePackage(), BundleTest::importMainClasses);
    }

    private static JavaClasses importMainClasses(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(basePackage);
    }

    private Texts texts() {
        return Texts.of(mainClasses().iterator().next().reflect());
    }

    @Test
    void both_languages_have_the_same_keys() {
        Texts texts = texts();
        assertFalse(texts.keys("zh").isEmpty(), "the module has a Chinese bundle");
        assertEquals(new TreeSet<>(texts.keys("en")), new TreeSet<>(texts.keys("zh")),
                "keys of the English bundle against the Chinese one");
    }

    @Test
    void every_text_is_written_in_both_languages_the_chinese_one_in_chinese() {
        Texts texts = texts();
        List<String> faults = new ArrayList<>();
        for (String key : texts.keys("en")) {
            if (texts.pattern("en", key).isBlank()) {
                faults.add(key + ": blank in English");
            }
        }
        for (String key : texts.keys("zh")) {
            String zh = texts.pattern("zh", key);
            if (zh.isBlank()) {
                faults.add(key + ": blank in Chinese");
            } else if (!CHINESE.matcher(zh).find() && hasWords(zh)) {
                faults.add(key + ": no Chinese in the Chinese text '" + zh + "'");
            }
        }
        assertEquals(List.of(), faults);
    }

    /**
     * Every text is read as a {@link String#format} pattern, with or without arguments: a literal percent sign
     * is {@code %%}, and a lone {@code %} fails here rather than in front of a user.
     */
    @Test
    void every_text_is_a_format_pattern() {
        Texts texts = texts();
        Object[] arguments = new Object[16];
        java.util.Arrays.fill(arguments, 0);
        List<String> faults = new ArrayList<>();
        for (String language : List.of("zh", "en")) {
            for (String key : texts.keys(language)) {
                try {
                    String.format(java.util.Locale.ROOT, texts.pattern(language, key), arguments);
                } catch (java.util.IllegalFormatException e) {
                    faults.add(language + " " + key + ": " + e);
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    /** Words, not only arguments and punctuation: a layout such as {@code %s：%s} needs no translation. */
    private static boolean hasWords(String text) {
        return SPECIFIER.matcher(text).replaceAll("").codePoints().anyMatch(Character::isLetter);
    }

    /** Unnumbered arguments: the same in both languages; numbered ones: see {@link #numbered}. */
    @Test
    void a_pattern_takes_the_same_arguments_in_both_languages() {
        Texts texts = texts();
        List<String> faults = new ArrayList<>();
        for (String key : texts.keys("zh")) {
            if (texts.keys("en").contains(key)) {
                List<String> zh = specifiers(texts.pattern("zh", key));
                List<String> en = specifiers(texts.pattern("en", key));
                boolean numbered = zh.stream().anyMatch(BundleTest::numbered) || en.stream().anyMatch(BundleTest::numbered);
                if (numbered && !(zh.stream().allMatch(BundleTest::numbered) && en.stream().allMatch(BundleTest::numbered))) {
                    faults.add(key + ": numbered and unnumbered arguments mixed, zh " + zh + ", en " + en);
                } else if (!numbered && !zh.equals(en)) {
                    faults.add(key + ": zh " + zh + " but en " + en);
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    /**
     * A numbered argument ({@code %2$s}) lets each language pick its own of the arguments both are given,
     * e.g. a list joined with ", " for English and with "、" for Chinese; such patterns number every argument.
     */
    private static boolean numbered(String specifier) {
        return specifier.matches("%\\d+\\$.*");
    }

    /** The argument specifiers of a pattern, sorted (a language may place its arguments in another order). */
    private static List<String> specifiers(String pattern) {
        List<String> found = new ArrayList<>();
        Matcher m = SPECIFIER.matcher(pattern);
        while (m.find()) {
            if (!m.group().equals("%%") && !m.group().equals("%n")) {
                found.add(m.group());
            }
        }
        return found.stream().sorted().toList();
    }

    @Test
    void every_constant_of_every_labeled_enumeration_has_its_labels() {
        Texts texts = texts();
        List<String> missing = new ArrayList<>();
        for (Labeled constant : labeledConstants()) {
            for (String language : List.of("zh", "en")) {
                if (!texts.keys(language).contains(constant.labelKey())) {
                    missing.add(language + ": " + constant.labelKey());
                }
            }
        }
        assertEquals(List.of(), missing, "labels missing from the bundles");
    }

    @Test
    void two_labeled_enumerations_never_share_a_label_key() {
        Map<String, List<String>> owners = new HashMap<>();
        for (Labeled constant : labeledConstants()) {
            owners.computeIfAbsent(constant.labelKey(), key -> new ArrayList<>())
                    .add(((Enum<?>) constant).getDeclaringClass().getName());
        }
        assertEquals(List.of(), owners.entrySet().stream().filter(e -> e.getValue().size() > 1)
                        .map(Map.Entry::toString).toList(),
                "enumerations with the same name in different packages need labels of their own");
    }

    @Test
    void every_key_is_used() {
        Set<String> labelKeys = labeledConstants().stream().map(Labeled::labelKey).collect(Collectors.toSet());
        Set<String> constants = stringConstants();
        List<String> unused = new ArrayList<>();
        for (String key : texts().keys("zh")) {
            boolean used;
            if (key.startsWith("problem.")) {
                String type = key.split("\\.")[1];
                used = constants.stream().anyMatch(constant -> namesProblem(constant, type));
            } else {
                used = labelKeys.contains(key) || constants.contains(key);
            }
            if (!used) {
                unused.add(key);
            }
        }
        assertEquals(List.of(), unused, "keys no enumeration constant and no literal of the main code names");
    }

    /**
     * A literal names a problem type when it is the type, a key of that problem, or a type URI ending in it
     * (the compiler folds {@code Problem.TYPE_BASE + "uri-too-long"} into one literal).
     */
    private static boolean namesProblem(String constant, String type) {
        return constant.equals(type) || constant.startsWith("problem." + type + ".") || constant.endsWith("/" + type);
    }

    /**
     * The constants of the module's Labeled enumerations that read their labels from the bundle; one
     * that overrides {@code zh()} and {@code en()} takes them from elsewhere.
     */
    private List<Labeled> labeledConstants() {
        List<Labeled> constants = new ArrayList<>();
        for (JavaClass type : mainClasses()) {
            if (type.isEnum() && type.isAssignableTo(Labeled.class)) {
                Class<?> enumeration = type.reflect();
                if (readsTheBundle(enumeration)) {
                    for (Object constant : enumeration.getEnumConstants()) {
                        constants.add((Labeled) constant);
                    }
                }
            }
        }
        return constants;
    }

    private static boolean readsTheBundle(Class<?> enumeration) {
        try {
            return enumeration.getMethod("zh").getDeclaringClass() == Labeled.class
                    && enumeration.getMethod("en").getDeclaringClass() == Labeled.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every string held in the constant pools of the module's main classes. */
    private Set<String> stringConstants() {
        Set<String> constants = new HashSet<>();
        for (JavaClass type : mainClasses()) {
            String resource = type.getName().replace('.', '/') + ".class";
            try (InputStream in = type.reflect().getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    constants.addAll(utf8Constants(new DataInputStream(in)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return constants;
    }

    /** The {@code CONSTANT_Utf8} entries of a class file's constant pool (JVM specification 4.4). */
    private static List<String> utf8Constants(DataInputStream in) throws IOException {
        in.readInt(); // magic
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        List<String> strings = new ArrayList<>();
        for (int index = 1; index < count; index++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> strings.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    index++; // a long or a double takes two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return strings;
    }
}
