package com.handbookflow.faultsuite;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What each phase measured: a figure either proves a rule (expected value given) or informs. */
final class Figures {

    record Figure(String phase, String name, String value, String expected, boolean ok) {
    }

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, List<String>> failures = new LinkedHashMap<>();

    /** A rule: the value must equal the expected one. */
    void expect(String phase, String name, long value, long expected) {
        figures.add(new Figure(phase, name, Long.toString(value), "= " + expected, value == expected));
    }

    /** A rule: the value must stay at or below the bound. */
    void atMost(String phase, String name, long value, long bound, String unit) {
        figures.add(new Figure(phase, name, value + unit, "<= " + bound + unit, value <= bound));
    }

    void info(String phase, String name, Object value) {
        figures.add(new Figure(phase, name, String.valueOf(value), "", true));
    }

    void failed(String phase, String name, String why) {
        figures.add(new Figure(phase, name, why, "", false));
    }

    void examples(String phase, List<String> lines) {
        if (!lines.isEmpty()) {
            failures.computeIfAbsent(phase, p -> new ArrayList<>()).addAll(lines.subList(0, Math.min(lines.size(), 25)));
        }
    }

    boolean allOk() {
        return figures.stream().allMatch(Figure::ok);
    }

    void print() {
        int phaseWidth = Math.max(5, figures.stream().mapToInt(f -> f.phase().length()).max().orElse(5));
        int nameWidth = Math.max(4, figures.stream().mapToInt(f -> f.name().length()).max().orElse(4));
        String format = "%-" + phaseWidth + "s  %-" + nameWidth + "s  %14s  %-10s  %s%n";
        System.out.println();
        System.out.printf(format, "phase", "what", "measured", "rule", "");
        for (Figure f : figures) {
            System.out.printf(format, f.phase(), f.name(), f.value(), f.expected(), f.expected().isEmpty() ? "" : f.ok() ? "ok" : "FAILED");
        }
        failures.forEach((phase, lines) -> {
            System.out.println();
            System.out.println(phase + ", first failures:");
            lines.forEach(line -> System.out.println("  " + line));
        });
    }

    void write(Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(file.toFile(), Map.of("ok", allOk(), "figures", figures, "failures", failures));
    }
}
