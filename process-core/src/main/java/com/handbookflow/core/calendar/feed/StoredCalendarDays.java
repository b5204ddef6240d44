package com.handbookflow.core.calendar.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handbookflow.core.calendar.NamedDay;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * A calendar year's holidays or make-up working days as stored in a {@code jsonb} column: one format for
 * every table that keeps them (each service's {@code calendar_year}, notification's {@code calendar_publication}).
 */
@ApplicationScoped
public class StoredCalendarDays {

    private static final TypeReference<List<NamedDay>> DAYS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    StoredCalendarDays(ObjectMapper json) {
        this.json = json;
    }

    public String write(List<NamedDay> days) {
        try {
            return json.writeValueAsString(days);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("calendar days cannot be written as JSON", e);
        }
    }

    public List<NamedDay> read(String text) {
        try {
            return json.readValue(text, DAYS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored calendar days cannot be read: " + e.getMessage(), e);
        }
    }
}
