package com.handbookflow.core.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a calendar year file: a classpath resource (e.g. {@code calendar/2026.json}, shipped with
 * this library) or, when no such resource exists, a file path (a company's own file, e.g.
 * {@code /etc/handbook/calendar/2027.json}).
 */
public final class CalendarYearLoader {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private CalendarYearLoader() {
    }

    public static CalendarYear load(String location) {
        try (InputStream in = open(location)) {
            return JSON.readValue(in, CalendarYear.class);
        } catch (IOException e) {
            // Jackson wraps the refusal of CalendarYear's own checks; show that message, it names the date.
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw new IllegalStateException("calendar file '" + location + "' is invalid: " + invalid.getMessage(), e);
            }
            throw new IllegalStateException("calendar file '" + location + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String location) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream resource = (loader != null ? loader : CalendarYearLoader.class.getClassLoader())
                .getResourceAsStream(location.startsWith("/") ? location.substring(1) : location);
        if (resource != null) {
            return resource;
        }
        Path file = Path.of(location);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        throw new IOException("neither a classpath resource nor a file");
    }
}
